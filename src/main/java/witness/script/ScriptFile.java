package witness.script;

/** A format of this app's own: its file's extension and media type are fixed, its writing is its own. */
abstract class ScriptFile implements ScriptFormat {
    private final String extension;
    private final String mediaType;

    ScriptFile(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }
}
