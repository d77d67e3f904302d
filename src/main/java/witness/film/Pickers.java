package witness.film;

import java.util.List;
import witness.core.Film;
import witness.location.Location;
import witness.person.Person;
import witness.source.Source;
import witness.source.SourceChoices;

/**
 * The choices a shot form offers: scenes to move to, and the film's locations, people and sources (on a long
 * series through a search box, {@code findSources}: those the words typed find, and the one chosen).
 */
public record Pickers(List<Scene> scenes, List<Location> locations, List<Person> people, List<Source> sources,
        boolean findSources) {

    public static Pickers of(Film film, ShotListResource.Editing editing) {
        boolean findSources = SourceChoices.searched(film);
        return new Pickers(Scene.list("from Scene sc join fetch sc.sequence q where q.film = ?1"
                + " order by q.position, sc.position", film), Location.ofFilm(film), Person.ofFilm(film),
                SourceChoices.offered(film, findSources, editing.input().source, editing.findSource()), findSources);
    }

    public ShotKind[] kinds() {
        return ShotKind.values();
    }

    public ShotAudio[] audios() {
        return ShotAudio.values();
    }

    public Framing[] framings() {
        return Framing.values();
    }

    public CameraMovement[] movements() {
        return CameraMovement.values();
    }

    public ShotStatus[] statuses() {
        return ShotStatus.values();
    }
}
