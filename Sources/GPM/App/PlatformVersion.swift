/// The platform's release, shown by `gpm --version`.
public enum PlatformVersion {
    public static let current = "0.1.0"
}
