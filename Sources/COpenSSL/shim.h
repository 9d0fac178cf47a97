#ifndef GPM_COPENSSL_SHIM_H
#define GPM_COPENSSL_SHIM_H
// libssl for the Mail module's SMTP client (STARTTLS and implicit TLS). Several of libssl's calls
// are macros over SSL_ctrl/SSL_CTX_ctrl, which Swift cannot import; these inline functions can be.
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

static inline int gpm_SSL_CTX_set_min_proto_version_tls12(SSL_CTX *ctx) {
    return (int)SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
}

static inline long gpm_SSL_CTX_set_mode_moving_buffer(SSL_CTX *ctx) {
    // A write retried after WANT_WRITE may come from a different Swift buffer address.
    return SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY);
}

static inline int gpm_SSL_set_tlsext_host_name(SSL *ssl, const char *name) {
    return (int)SSL_set_tlsext_host_name(ssl, name);
}

static inline int gpm_SSL_set1_host(SSL *ssl, const char *name) {
    return SSL_set1_host(ssl, name);
}

/// Verifies an IP-address literal (not a DNS name) against the certificate's subjectAltName.
static inline int gpm_SSL_set1_ip_asc(SSL *ssl, const char *address) {
    return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), address);
}

static inline long gpm_X509_V_OK(void) { return X509_V_OK; }

#endif
