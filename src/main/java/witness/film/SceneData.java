package witness.film;

/** A scene as the API shows it. */
public record SceneData(String key, String number, String sequence, int position, String title, String purpose,
        String setting, String era, String narration, Integer estimatedSeconds, String status, long version) {

    public static SceneData of(Scene scene) {
        return new SceneData(scene.key, scene.number(), scene.sequence.key, scene.position, scene.title,
                scene.purpose, scene.setting, scene.era, scene.narration, scene.estimatedSeconds,
                ShotData.code(scene.status), scene.version);
    }
}
