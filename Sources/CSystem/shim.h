#ifndef GPM_CSYSTEM_SHIM_H
#define GPM_CSYSTEM_SHIM_H
// The toolchain's Glibc module exposes neither epoll nor eventfd nor accept4; this header does.
// `struct epoll_event` is packed on x86_64, so Swift never touches it: the wrappers below take
// and return plain integers, and the event array is an opaque buffer indexed here in C.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdint.h>

static inline int gpm_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    struct epoll_event event;
    event.events = events;
    event.data.u64 = 0;
    event.data.fd = fd;
    return epoll_ctl(epfd, op, fd, &event);
}

static inline int gpm_epoll_event_size(void) { return (int)sizeof(struct epoll_event); }

static inline int gpm_epoll_wait(int epfd, void *events, int max, int timeout) {
    return epoll_wait(epfd, (struct epoll_event *)events, max, timeout);
}

static inline int gpm_epoll_event_fd(const void *events, int index) {
    return ((const struct epoll_event *)events)[index].data.fd;
}

static inline uint32_t gpm_epoll_event_flags(const void *events, int index) {
    return ((const struct epoll_event *)events)[index].events;
}

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC; glibc declares it only under _GNU_SOURCE.
static inline int gpm_accept4(int fd, struct sockaddr *address, socklen_t *length) {
    return (int)syscall(SYS_accept4, fd, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

static const int gpm_SOCK_NONBLOCK = SOCK_NONBLOCK;
static const int gpm_SOCK_CLOEXEC = SOCK_CLOEXEC;
static const uint32_t gpm_EPOLLIN = EPOLLIN;
static const uint32_t gpm_EPOLLOUT = EPOLLOUT;
static const uint32_t gpm_EPOLLERR = EPOLLERR;
static const uint32_t gpm_EPOLLHUP = EPOLLHUP;
static const uint32_t gpm_EPOLLRDHUP = EPOLLRDHUP;
static const uint32_t gpm_EPOLLET = EPOLLET;
static const uint32_t gpm_EPOLLEXCLUSIVE = EPOLLEXCLUSIVE;
#endif
