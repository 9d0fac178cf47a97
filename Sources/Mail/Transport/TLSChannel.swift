import COpenSSL
import Glibc

/// TLS over a `MailSocket` with libssl: TLS 1.2 at least, the peer's certificate verified against the
/// system store (or a given CA file) and its name checked against the host we meant to reach, so a
/// certificate for another host — or a self-signed one — ends the connection before anything is sent.
final class TLSChannel {
    private let context: OpaquePointer
    private let ssl: OpaquePointer
    private let socket: MailSocket

    /// Performs the handshake; throws `.tls` with OpenSSL's reason when it or the verification fails.
    init(socket: MailSocket, host: String, caFile: String?, deadline: Deadline, stage: String) throws(SMTPError) {
        // OpenSSL writes to the socket with write(2): a peer that closed must not kill the process.
        signal(SIGPIPE, SIG_IGN)
        guard let method = TLS_client_method(), let context = SSL_CTX_new(method) else {
            throw SMTPError(.tls("cannot create a TLS context: \(TLSChannel.errorQueue())"), stage: stage)
        }
        guard gpm_SSL_CTX_set_min_proto_version_tls12(context) == 1 else {
            SSL_CTX_free(context)
            throw SMTPError(.tls("cannot require TLS 1.2"), stage: stage)
        }
        _ = gpm_SSL_CTX_set_mode_moving_buffer(context)
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        let loaded = caFile.map { SSL_CTX_load_verify_locations(context, $0, nil) } ?? SSL_CTX_set_default_verify_paths(context)
        guard loaded == 1 else {
            SSL_CTX_free(context)
            throw SMTPError(.tls("cannot load \(caFile.map { "the CA file \($0)" } ?? "the system's CA certificates"): \(TLSChannel.errorQueue())"), stage: stage)
        }
        guard let ssl = SSL_new(context) else {
            SSL_CTX_free(context)
            throw SMTPError(.tls("cannot create a TLS session: \(TLSChannel.errorQueue())"), stage: stage)
        }
        self.context = context
        self.ssl = ssl
        self.socket = socket
        var address = in6_addr()
        let isAddress = inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1
        // The name to verify: an IP literal is checked against the certificate's IP addresses, a name against
        // its DNS names (wildcards allowed, as browsers do); SNI is sent for names only (RFC 6066).
        let named = isAddress ? gpm_SSL_set1_ip_asc(ssl, host) : gpm_SSL_set1_host(ssl, host)
        guard named == 1, isAddress || gpm_SSL_set_tlsext_host_name(ssl, host) == 1, SSL_set_fd(ssl, socket.fd) == 1 else {
            throw SMTPError(.tls("cannot set the host name to verify: \(TLSChannel.errorQueue())"), stage: stage)
        }
        while true {
            ERR_clear_error()
            let result = SSL_connect(ssl)
            if result == 1 { break }
            let error = SSL_get_error(ssl, result)
            if error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE {
                guard socket.wait(for: Int32(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), until: deadline) else {
                    throw SMTPError(.timeout("during the TLS handshake"), stage: stage)
                }
                continue
            }
            let verify = SSL_get_verify_result(ssl)
            if verify != gpm_X509_V_OK() {
                let reason = String(cString: X509_verify_cert_error_string(verify))
                throw SMTPError(.tls("the server's certificate was refused for \(host): \(reason)"), stage: stage)
            }
            throw SMTPError(.tls("handshake failed: \(TLSChannel.errorQueue(fallback: error))"), stage: stage)
        }
        // SSL_VERIFY_PEER already failed the handshake on a bad chain or name; this says it twice on purpose.
        guard SSL_get_verify_result(ssl) == gpm_X509_V_OK() else {
            throw SMTPError(.tls("the server's certificate was not verified"), stage: stage)
        }
    }

    deinit {
        SSL_free(ssl)
        SSL_CTX_free(context)
    }

    /// The negotiated protocol, such as "TLSv1.3".
    var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    func read(into buffer: inout [UInt8], until deadline: Deadline, stage: String) throws(SMTPError) -> Int {
        while true {
            ERR_clear_error()
            let count = buffer.withUnsafeMutableBytes { SSL_read(ssl, $0.baseAddress, Int32($0.count)) }
            if count > 0 { return Int(count) }
            let error = SSL_get_error(ssl, count)
            switch error {
            case SSL_ERROR_ZERO_RETURN: return 0
            case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
                guard socket.wait(for: Int32(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), until: deadline) else {
                    throw SMTPError(.timeout("waiting for the server's answer"), stage: stage)
                }
            case SSL_ERROR_SYSCALL where ERR_peek_error() == 0:
                return 0  // the peer closed without close_notify: end of stream, reported by the caller
            default:
                throw SMTPError(.connection("TLS read: \(TLSChannel.errorQueue(fallback: error))"), stage: stage)
            }
        }
    }

    func write(_ bytes: [UInt8], until deadline: Deadline, stage: String) throws(SMTPError) {
        var offset = 0
        while offset < bytes.count {
            ERR_clear_error()
            let count = bytes[offset...].withUnsafeBytes { SSL_write(ssl, $0.baseAddress, Int32($0.count)) }
            if count > 0 {
                offset += Int(count)
                continue
            }
            let error = SSL_get_error(ssl, count)
            guard error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE else {
                throw SMTPError(.connection("TLS write: \(TLSChannel.errorQueue(fallback: error))"), stage: stage)
            }
            guard socket.wait(for: Int32(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), until: deadline) else {
                throw SMTPError(.timeout("writing to the server"), stage: stage)
            }
        }
    }

    /// Sends close_notify without waiting for the peer's (we are about to close the socket).
    func shutdown() { _ = SSL_shutdown(ssl) }

    /// OpenSSL's error queue as text (emptied), or the SSL_get_error code when it is empty.
    static func errorQueue(fallback: Int32? = nil) -> String {
        var reasons: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        if reasons.isEmpty, let fallback {
            return fallback == SSL_ERROR_SYSCALL ? "the connection was closed (\(String(cString: strerror(errno))))" : "SSL error \(fallback)"
        }
        return reasons.isEmpty ? "unknown error" : reasons.joined(separator: "; ")
    }
}
