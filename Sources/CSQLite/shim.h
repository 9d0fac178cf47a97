#ifndef GPM_CSQLITE_SHIM_H
#define GPM_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
