package witness.script;

/** Told how far an export has gone: scenes written of the scenes in the script. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {
    };

    void scenes(int done, int total);
}
