package witness.backup;

/**
 * A restore refused, with the HTTP status that says why (400 not a readable zip, 409 the installation is not empty,
 * 422 the backup does not fit this Witness or holds a bad row) and a message for the person restoring. Nothing was
 * changed.
 */
public class BackupRefused extends RuntimeException {
    public final int status;

    BackupRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static BackupRefused unreadable(String message) {
        return new BackupRefused(400, message);
    }

    static BackupRefused notEmpty(String message) {
        return new BackupRefused(409, message);
    }

    static BackupRefused unfit(String message) {
        return new BackupRefused(422, message);
    }
}
