package witness.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the transcript page plays: one of the interview's clips that has a proxy (the one asked for, else the first
 * by start), the others it may switch to, and what the page's script needs to name a frame of it — where the clip
 * starts as a count of frames, its rate and whether it is drop-frame.
 */
public record TranscriptPlayer(Clip clip, ClipProxy proxy, List<Clip> playable) {

    /**
     * The player of the clip asked for (its key), else of the clip the transcript's times are into, else of the first
     * clip with a proxy; null when none has one.
     */
    static TranscriptPlayer of(Interview interview, Clip timesInto, String asked) {
        Map<Clip, ClipProxy> proxies = ClipProxy.ofInterview(interview).stream()
                .collect(Collectors.toMap(p -> p.clip, Function.identity()));
        List<Clip> playable = Clip.ofInterview(interview).stream().filter(proxies::containsKey).toList();
        if (playable.isEmpty()) {
            return null;
        }
        String wanted = asked != null ? asked : timesInto == null ? null : timesInto.key;
        Clip chosen = playable.stream().filter(c -> c.key.equals(wanted)).findFirst().orElse(playable.get(0));
        return new TranscriptPlayer(chosen, proxies.get(chosen), playable);
    }

    /** "audio" for a sound-only proxy, else "video". */
    public String element() {
        return proxy.audio() ? "audio" : "video";
    }

    public long startFrames() {
        return clip.startTimecode().frames();
    }

    /** Frames a second of real time, e.g. 29.97002997 for 29.97. */
    public String perSecond() {
        return String.format(Locale.ROOT, "%.8f", clip.rate.perSecond());
    }
}
