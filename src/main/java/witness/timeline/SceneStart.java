package witness.timeline;

import witness.interview.SmpteTimecode;

/**
 * Where a scene of the paper edit begins on the timeline: the record timecode of its first bite and the frames from
 * the record start. An editor sees it as a marker.
 */
public record SceneStart(String sceneNumber, String sceneTitle, long offset, SmpteTimecode record) {

    /** The marker's name: the scene number and title, "2.3 Orenburg". */
    public String name() {
        return sceneTitle.isEmpty() ? sceneNumber : sceneNumber + " " + sceneTitle;
    }
}
