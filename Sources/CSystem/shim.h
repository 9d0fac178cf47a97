#ifndef GPM_CSYSTEM_SHIM_H
#define GPM_CSYSTEM_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#endif
