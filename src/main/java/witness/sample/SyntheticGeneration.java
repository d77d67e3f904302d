package witness.sample;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import witness.core.Film;
import witness.core.Keys;
import witness.film.CameraMovement;
import witness.film.Framing;
import witness.film.Scene;
import witness.film.SceneStatus;
import witness.film.Sequence;
import witness.film.Shot;
import witness.film.ShotAudio;
import witness.film.ShotKind;
import witness.film.ShotStatus;
import witness.interview.Clip;
import witness.interview.FrameRate;
import witness.interview.Interview;
import witness.interview.InterviewStatus;
import witness.interview.ReleaseStatus;
import witness.interview.Testimony;
import witness.interview.Timecode;
import witness.interview.Transcript;
import witness.interview.TranscriptLine;
import witness.location.Location;
import witness.location.PermitStatus;
import witness.location.RecceStatus;
import witness.person.Person;
import witness.person.PersonRole;
import witness.film.Citation;
import witness.source.ClearanceStatus;
import witness.research.FollowUp;
import witness.research.ResearchKind;
import witness.research.ResearchLogEntry;
import witness.source.Source;
import witness.source.SourceName;
import witness.film.VerificationStatus;
import witness.sample.SyntheticFilm.Size;
import witness.sample.SyntheticTexts.Name;
import witness.sample.SyntheticTexts.Place;
import witness.schedule.Schedule;
import witness.schedule.ShootDay;
import witness.schedule.ShootDayCall;

/**
 * One run of {@link SyntheticFilm}: the film built step by step. Rows of one kind are persisted together and
 * the persistence context is flushed and cleared after each step's chunk, so that JDBC batches are full and
 * memory does not grow with the film; what later steps link to is kept detached.
 */
final class SyntheticGeneration {
    private static final int CHUNK = 300;
    private static final int TRANSCRIPT_LINES = 20;
    private static final LocalDate SHOOT_STARTS = LocalDate.of(2025, 3, 3);
    private static final List<String> BOOK_PUBLISHERS = List.of("Gallimard", "Maspero", "Oxford University Press",
            "Éditions du Seuil", "Editorial Era", "Verso", "Robert Laffont", "Издательство «Прогресс»");
    private static final List<String> NEWSPAPERS = List.of("Le Populaire", "Pravda", "The Manchester Guardian",
            "El Popular", "La Révolution prolétarienne", "Le Monde", "Izvestia");
    private static final List<String> JOURNALS = List.of("Critique", "Cahiers Léon Trotsky", "Revolutionary History",
            "Esprit", "New International");
    private static final List<String> NEWSREELS = List.of("Pathé Journal", "Gaumont Actualités",
            "Soyuzkinokhronika", "British Movietone News", "Noticiero Clasa");

    private final EntityManager em;
    private final Size size;
    private final SyntheticTexts texts;
    private final Set<String> keys = new HashSet<>();
    private int pending;
    private int clipsMade;

    private Film film;
    private final List<Location> locations = new ArrayList<>();
    private final List<ShootDay> days = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Person> historical = new ArrayList<>();
    private final List<Person> crew = new ArrayList<>();
    private final List<Testimony> bites = new ArrayList<>();
    private int nextBite;
    private final Map<String, List<Source>> sources = new HashMap<>();
    private final List<Source> allSources = new ArrayList<>();
    private final List<Scene> scenes = new ArrayList<>();

    SyntheticGeneration(EntityManager em, Size size, long seed) {
        this.em = em;
        this.size = size;
        this.texts = new SyntheticTexts(new Random(seed));
    }

    Film film(String slug) {
        film = new Film();
        film.slug = slug;
        film.title = "The Long Exile: a synthetic film of " + size.shots() + " shots";
        film.broadcaster = "Channel Four";
        film.logline = "Sixty years of exile, prison and writing, told by those who remember: a film made up"
                + " to measure how Witness copes with a large production.";
        film.synopsis = "A synthetic film generated for tests and benchmarks. Its names, places and sources are"
                + " plausible but invented; its accents (Séjourné, Coyoacán) and Cyrillic names (Ольга Зорина)"
                + " are there on purpose.";
        film.targetMinutes = Math.max(1, size.shots() * 15 / 60);
        persist(film);
        locations();
        schedules();
        people();
        interviews();
        sources();
        structure();
        researchLog();
        days.forEach(this::persist);
        flush();
        return film;
    }

    // -- places and days ---------------------------------------------------------------------------------

    private void locations() {
        for (Place place : SyntheticTexts.PLACES.subList(0, size.locations())) {
            Location l = new Location();
            l.film = film;
            l.key = key(place.name());
            l.name = place.name();
            l.city = place.city();
            l.country = place.country();
            l.latitude = place.latitude();
            l.longitude = place.longitude();
            l.periods = new ArrayList<>(List.of(place.period()));
            l.access = texts.chance(0.5) ? "Public street; film early before the traffic." : null;
            l.permit = texts.pick(PermitStatus.values());
            l.recce = texts.pick(RecceStatus.values());
            l.notes = "Stands for " + place.city() + " in " + place.period() + ".";
            persist(l);
            locations.add(l);
        }
    }

    /** Two schedules, Europe and the Americas; the days are filled as interviews and shots are made. */
    private void schedules() {
        Schedule europe = schedule("europe-shoot", "Europe shoot");
        Schedule americas = schedule("americas-shoot", "Americas shoot");
        LocalDate date = SHOOT_STARTS;
        for (int i = 0; i < size.shootDays(); i++) {
            ShootDay day = new ShootDay();
            day.location = locations.get(i % locations.size());
            day.schedule = place(day.location).inTheAmericas() ? americas : europe;
            day.date = date;
            day.callTime = LocalTime.of(texts.between(6, 9), texts.pick(List.of(0, 15, 30, 45)));
            day.wrapTime = day.callTime.plusHours(9);
            day.travel = i % 5 == 0 ? "Travel day before: train to " + day.location.city : null;
            day.notes = texts.chance(0.3) ? "Light is best before ten; " + texts.thing() + "." : null;
            days.add(day);
            date = date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
    }

    private Schedule schedule(String key, String name) {
        Schedule s = new Schedule();
        s.film = film;
        s.key = key;
        s.name = name;
        persist(s);
        return s;
    }

    // -- people, interviews, transcripts, testimony ----------------------------------------------------

    /** One subject, the interviewees, witnesses and historical figures, and a small crew. */
    private void people() {
        int crewSize = Math.max(1, size.people() / 30);
        int others = size.people() - 1 - size.interviews() - crewSize;
        person(PersonRole.SUBJECT, "the subject of the film", false);
        for (int i = 0; i < size.interviews(); i++) {
            person(PersonRole.INTERVIEWEE, texts.pick(List.of("niece of the subject", "historian of the Left"
                    + " Opposition", "son of a comrade", "former neighbour", "translator of the memoirs",
                    "archivist", "daughter of a fellow prisoner")), true);
        }
        for (int i = 0; i < others; i++) {
            boolean witness = i % 4 == 0;
            // one in three is Russian and written in Cyrillic, so that narration and notes hold Cyrillic names
            Name name = i % 3 == 1 ? texts.russian(true) : texts.name();
            historical.add(person(name, witness ? PersonRole.WITNESS : PersonRole.HISTORICAL, texts.pick(List.of(
                    "comrade", "police informer", "publisher", "fellow prisoner", "editor", "friend")), false));
        }
        List<String> jobs = List.of("director", "camera", "sound", "researcher", "producer", "editor");
        for (int i = 0; i < crewSize; i++) {
            crew.add(person(PersonRole.CREW, jobs.get(i % jobs.size()), true));
        }
        crew.forEach(c -> days.forEach(d -> d.calls.add(call(d, c))));
        flush();
    }

    /** A crew member called on a day at its call; persisted with the day. */
    private static ShootDayCall call(ShootDay day, Person person) {
        ShootDayCall call = new ShootDayCall();
        call.day = day;
        call.person = person;
        return call;
    }

    private Person person(PersonRole role, String relation, boolean alive) {
        return person(texts.name(), role, relation, alive);
    }

    private Person person(Name name, PersonRole role, String relation, boolean alive) {
        Person p = new Person();
        p.film = film;
        p.key = key(name.latin());
        p.name = name.written();
        if (!name.written().equals(name.latin())) {
            p.otherNames.add(name.latin());
        }
        p.relation = relation;
        p.role = role;
        p.languages.add(name.language());
        if (!name.language().equals("English") && texts.chance(0.5)) {
            p.languages.add("English");
        }
        p.alive = alive;
        p.notes = texts.chance(0.3) ? "Met through " + texts.pick(SyntheticTexts.RESEARCHERS) + "." : null;
        persist(p);
        people.add(p);
        return p;
    }

    /** Each interviewee's interview, filmed on a shoot day, its transcript, and a testimony per answer. */
    private void interviews() {
        for (int i = 0; i < size.interviews(); i++) {
            Person person = people.get(1 + i);
            ShootDay day = days.isEmpty() ? null : days.get(i % days.size());
            Interview interview = interview(person, day);
            Transcript transcript = new Transcript();
            transcript.interview = interview;
            transcript.format = "plain";
            transcript.fileName = interview.key + ".txt";
            persist(transcript);
            transcript(transcript, person);
            if (pending >= CHUNK) {
                flush();
            }
        }
        flush();
        Collections.shuffle(bites, new Random(SyntheticFilm.SEED));
    }

    private Interview interview(Person person, ShootDay day) {
        Interview i = new Interview();
        i.film = film;
        i.key = person.key;
        i.person = person;
        i.status = InterviewStatus.TRANSCRIBED;
        i.language = person.languages.get(0);
        i.interpreter = i.language.equals("English") ? null : texts.name().latin();
        i.location = day == null ? texts.pick(locations) : day.location;
        i.place = i.location.name + ", " + i.location.city;
        i.date = day == null ? SHOOT_STARTS : day.date;
        i.topics = new ArrayList<>(List.of(texts.theme(), texts.theme()));
        for (int q = texts.between(3, 5); q > 0; q--) {
            i.questions.add(texts.question(person.name, year(), i.location.city, texts.pick(historical).name));
        }
        boolean signed = texts.chance(0.95);
        i.release = signed ? ReleaseStatus.SIGNED : ReleaseStatus.SENT;
        i.releaseSignedOn = signed ? i.date : null;
        i.fee = BigDecimal.valueOf(texts.pick(List.of(0, 150, 300)));
        persist(i);
        if (day != null) {
            day.interviews.add(i);
        }
        return i;
    }

    /** Questions and answers in turn, timecoded; every answer is a testimony, bounded by the next question. */
    private void transcript(Transcript transcript, Person person) {
        Clip clip = clip(transcript.interview);
        long at = texts.between(20, 90) * 1000L;
        for (int position = 1; position <= TRANSCRIPT_LINES; position++) {
            boolean answer = position % 2 == 0;
            String city = texts.pick(locations).city;
            String other = texts.pick(historical).name;
            TranscriptLine line = new TranscriptLine();
            line.transcript = transcript;
            line.position = position;
            line.startMillis = at;
            line.speaker = answer ? person.name : "Interviewer";
            line.text = answer ? texts.answer(person.name, year(), city, other) : texts.question(
                    texts.pick(historical).name, year(), city, other);
            persist(line);
            long length = (answer ? texts.between(25, 90) : texts.between(5, 15)) * 1000L + texts.between(0, 999);
            if (answer) {
                bites.add(bite(transcript.interview, clip, person, line, at + length, position / 2));
            }
            at += length;
        }
    }

    /**
     * The interview's rushes: one camera clip at 25 fps, card after card, starting on the hour. Numbered, not drawn
     * from the film's random texts, so that every other part of a film made from the same seed stays as it was.
     */
    private Clip clip(Interview interview) {
        clipsMade++;
        Clip clip = new Clip();
        clip.film = film;
        clip.interview = interview;
        clip.key = interview.key + "-a001";
        clip.reel = String.format("A%03d_C001", clipsMade);
        clip.fileName = "/rushes/" + interview.key + "/" + clip.reel + ".mov";
        clip.rate = FrameRate.FPS_25;
        clip.start = String.format("%02d:00:00:00", 9 + clipsMade % 8);
        clip.picture = true;
        persist(clip);
        return clip;
    }

    /** The frame of the clip a transcript's time falls on. */
    private static String frameOf(Clip clip, long millis) {
        return clip.startTimecode().plus(millis * clip.rate.base / 1000).toString();
    }

    private Testimony bite(Interview interview, Clip clip, Person person, TranscriptLine line, long out, int n) {
        Testimony t = new Testimony();
        t.film = film;
        t.key = interview.key + "-" + n;
        t.person = person;
        t.interview = interview;
        t.timecodeIn = line.start().format();
        t.timecodeOut = new Timecode(out).formatUp();
        t.clip = clip;
        t.clipIn = frameOf(clip, line.startMillis);
        t.clipOut = frameOf(clip, out);
        t.text = line.text;
        persist(t);
        return t;
    }

    // -- sources ---------------------------------------------------------------------------------------

    private void sources() {
        List<String> types = List.of("book", "book", "article-newspaper", "article-journal", "manuscript",
                "personal_communication", "graphic", "graphic", "motion_picture", "motion_picture");
        for (int i = 0; i < size.sources(); i++) {
            Source s = source(types.get(i % types.size()));
            sources.computeIfAbsent(s.type, t -> new ArrayList<>()).add(s);
            allSources.add(s);
            if (i % 20 == 19 && !historical.isEmpty()) {
                written(s);
            }
            if (pending >= CHUNK) {
                flush();
            }
        }
        flush();
    }

    private Source source(String type) {
        Source s = new Source();
        s.film = film;
        s.type = type;
        Place place = texts.pick(SyntheticTexts.PLACES);
        int year = year();
        Name author = texts.name();
        switch (type) {
            case "book" -> book(s, place, year, author);
            case "article-newspaper" -> newspaper(s, place, year, author);
            case "article-journal" -> journal(s, place, year, author);
            case "manuscript", "personal_communication" -> manuscript(s, place, year, author);
            case "graphic" -> picture(s, "Photograph of " + texts.pick(historical).name + " in " + place.city()
                    + ", " + year, year, "photo");
            default -> picture(s, texts.pick(NEWSREELS) + ": " + place.city() + ", " + texts.thing() + ", " + year,
                    year, "film");
        }
        s.key = key(s.title.length() > 50 ? s.title.substring(0, 50) : s.title);
        s.language = switch (author.language()) {
            case "French" -> "fr";
            case "Spanish" -> "es";
            case "German" -> "de";
            case "Russian" -> "ru";
            default -> "en";
        };
        s.note = texts.chance(0.3) ? "Seen by " + texts.pick(SyntheticTexts.RESEARCHERS) + "; copy to order." : null;
        persist(s);
        return s;
    }

    private void book(Source s, Place place, int year, Name author) {
        s.title = texts.pick(List.of("Memoirs of ", "Les Années de ", "Letters from ", "Воспоминания: ",
                "A History of ")) + place.city() + ", " + (year - 10) + "–" + year;
        s.names.add(author(author));
        if (texts.chance(0.3)) {
            Name translator = texts.name();
            s.names.add(new SourceName(SourceName.TRANSLATOR, family(translator), given(translator), null));
        }
        s.issued = String.valueOf(year + texts.between(5, 60));
        s.publisher = texts.pick(BOOK_PUBLISHERS);
        s.publisherPlace = texts.pick(List.of("Paris", "London", "Mexico City", "Moscow", "New York"));
        s.isbn = texts.chance(0.5) ? "978-2-07-0" + texts.between(10000, 99999) + "-" + texts.between(0, 9) : null;
    }

    private void newspaper(Source s, Place place, int year, Name author) {
        s.title = texts.pick(List.of("Arrests in ", "Letter from ", "The Truth about ", "Le scandale de ",
                "News from ")) + place.city();
        if (texts.chance(0.6)) {
            s.names.add(author(author));
        }
        s.containerTitle = texts.pick(NEWSPAPERS);
        s.issued = String.format("%d-%02d-%02d", year, texts.between(1, 12), texts.between(1, 28));
        s.page = String.valueOf(texts.between(1, 8));
    }

    private void journal(Source s, Place place, int year, Name author) {
        s.title = "The " + texts.theme() + " years in " + place.city();
        s.names.add(author(author));
        s.containerTitle = texts.pick(JOURNALS);
        s.volume = String.valueOf(texts.between(1, 40));
        s.issue = String.valueOf(texts.between(1, 4));
        int first = texts.between(1, 200);
        s.page = first + "–" + (first + texts.between(5, 30));
        s.issued = String.valueOf(year + texts.between(20, 70));
    }

    private void manuscript(Source s, Place place, int year, Name author) {
        boolean letter = s.type.equals("personal_communication");
        s.title = letter ? "Letter to " + texts.pick(historical).name + " from " + place.city()
                : "Notes written in " + place.city() + ", " + year;
        s.names.add(author(author));
        s.issued = letter ? String.format("%d-%02d", year, texts.between(1, 12)) : String.valueOf(year);
        archive(s);
        s.lost = !letter && texts.chance(0.1);
    }

    private void picture(Source s, String title, int year, String kind) {
        s.title = title;
        s.issued = String.valueOf(year);
        if (kind.equals("film")) {
            s.names.add(new SourceName(SourceName.AUTHOR, null, null, texts.pick(NEWSREELS)));
        }
        archive(s);
        s.clearance = texts.pick(List.of(ClearanceStatus.TO_CLEAR, ClearanceStatus.REQUESTED,
                ClearanceStatus.CLEARED, ClearanceStatus.CLEARED, ClearanceStatus.REFUSED));
        s.rightsHolder = s.archive;
        s.fee = BigDecimal.valueOf(texts.between(1, 30) * 50L).setScale(2);
        s.currency = texts.pick(List.of("GBP", "EUR", "USD"));
        s.territory = texts.pick(List.of("UK", "World", "Europe"));
        s.term = texts.pick(List.of("5 years", "10 years", "Perpetuity"));
    }

    private void archive(Source s) {
        int archive = texts.between(0, SyntheticTexts.ARCHIVES.size() - 1);
        s.archive = SyntheticTexts.ARCHIVES.get(archive);
        s.archivePlace = SyntheticTexts.ARCHIVE_PLACES.get(archive);
        s.archiveLocation = "Box " + texts.between(1, 90) + ", folder " + texts.between(1, 40);
        s.callNumber = texts.pick(List.of("GEN MSS ", "F7/", "Fonds ", "f. 17, op. ")) + texts.between(10, 999);
    }

    private static SourceName author(Name name) {
        return new SourceName(SourceName.AUTHOR, family(name), given(name), null);
    }

    private static String family(Name name) {
        return name.written().substring(name.written().indexOf(' ') + 1);
    }

    private static String given(Name name) {
        return name.written().substring(0, name.written().indexOf(' '));
    }

    /** Words of a historical figure known from a written source, at a page. */
    private void written(Source source) {
        Testimony t = new Testimony();
        t.film = film;
        t.key = key("written-" + source.key);
        t.person = texts.pick(historical);
        t.source = source;
        t.page = String.valueOf(texts.between(3, 400));
        t.text = texts.sentence(t.person.name, year(), texts.pick(locations).city, texts.pick(historical).name);
        persist(t);
        bites.add(t);
    }

    // -- sequences, scenes, shots and citations -------------------------------------------------------

    /** A sequence at a time: its scenes, then their shots, then their citations; then flushed. */
    private void structure() {
        int sceneIndex = 0;
        for (int q = 1; q <= size.sequences(); q++) {
            Place place = SyntheticTexts.PLACES.get((q - 1) % size.locations());
            int from = 1890 + (q - 1) * 57 / size.sequences();
            int to = Math.max(from + 1, 1890 + q * 57 / size.sequences());
            Sequence sequence = sequence(q, place, from, to);
            List<Scene> made = new ArrayList<>();
            for (int p = 1; p <= size.scenesPerSequence(); p++) {
                made.add(scene(sequence, p, place, texts.between(from, to)));
            }
            Map<Scene, List<Shot>> shots = new HashMap<>();
            made.forEach(scene -> shots.put(scene, shots(scene, place)));
            for (Scene scene : made) {
                citations(scene, shots.get(scene), sceneIndex++);
            }
            scenes.addAll(made);
            flush();
        }
    }

    private Sequence sequence(int position, Place place, int from, int to) {
        Sequence s = new Sequence();
        s.film = film;
        s.position = position;
        s.title = texts.sequenceTitle(place, from, to);
        s.key = key(s.title);
        s.period = from + "–" + to;
        s.synopsis = texts.sentence(people.get(0).name, from, place.city(), texts.pick(historical).name);
        persist(s);
        return s;
    }

    private Scene scene(Sequence sequence, int position, Place place, int year) {
        Scene s = new Scene();
        s.sequence = sequence;
        s.position = position;
        s.title = texts.sceneTitle(place, year);
        s.key = key(s.title);
        s.purpose = "The audience learns what " + texts.theme() + " meant in " + place.city() + ".";
        s.setting = place.name() + ", " + place.city();
        s.era = String.valueOf(year);
        s.narration = texts.narration(people.get(0).name, year, place.city(), texts.pick(historical).name);
        s.estimatedSeconds = size.shotsPerScene() * 15;
        s.status = texts.pick(SceneStatus.values());
        for (int n = texts.between(1, 2); n > 0 && !bites.isEmpty(); n--) {
            s.testimonies.add(bites.get(nextBite++ % bites.size()));
        }
        persist(s);
        return s;
    }

    /**
     * An establishing shot, a sync shot for each bite of the paper edit that comes from an interview, then
     * archive, location, reconstruction, graphics and captions, mostly under voice-over.
     */
    private List<Shot> shots(Scene scene, Place place) {
        Location location = locations.get(SyntheticTexts.PLACES.indexOf(place));
        List<Shot> shots = new ArrayList<>();
        shots.add(shot(scene, ShotKind.LOCATION, location, ShotAudio.MUSIC, place));
        for (Testimony bite : scene.testimonies) {
            if (bite.interview != null && shots.size() < size.shotsPerScene()) {
                Shot s = shot(scene, ShotKind.INTERVIEW, bite.interview.location, ShotAudio.SYNC, place);
                s.person = bite.person;
                s.description = bite.person.name + " in " + bite.interview.place;
                s.movement = CameraMovement.STATIC;
                s.framing = texts.pick(List.of(Framing.MCU, Framing.CU, Framing.MS));
                shots.add(s);
            }
        }
        List<ShotKind> kinds = List.of(ShotKind.ARCHIVE_FILM, ShotKind.ARCHIVE_PHOTOGRAPH, ShotKind.ARCHIVE_PHOTOGRAPH,
                ShotKind.DOCUMENT, ShotKind.LOCATION, ShotKind.RECONSTRUCTION, ShotKind.GRAPHIC, ShotKind.CAPTION);
        while (shots.size() < size.shotsPerScene()) {
            ShotKind kind = texts.pick(kinds);
            shots.add(shot(scene, kind, location, texts.chance(0.85) ? ShotAudio.VOICE_OVER
                    : texts.pick(List.of(ShotAudio.MUSIC, ShotAudio.WILD_TRACK)), place));
        }
        for (int i = 0; i < shots.size(); i++) {
            Shot s = shots.get(i);
            s.position = i + 1;
            s.key = scene.key + "-" + s.position;
            persist(s);
            schedule(s);
        }
        return shots;
    }

    private Shot shot(Scene scene, ShotKind kind, Location location, ShotAudio audio, Place place) {
        Shot s = new Shot();
        s.scene = scene;
        s.kind = kind;
        s.audio = audio;
        s.seconds = texts.between(4, 40);
        s.status = texts.pick(List.of(ShotStatus.PLANNED, ShotStatus.PLANNED, ShotStatus.PLANNED,
                ShotStatus.PLANNED, ShotStatus.PLANNED, ShotStatus.SHOT, ShotStatus.SHOT, ShotStatus.SCHEDULED));
        if (texts.chance(0.04)) {
            s.status = ShotStatus.DROPPED;
        }
        String person = texts.pick(historical).name;
        int year = Integer.parseInt(scene.era);
        switch (kind) {
            case LOCATION -> {
                s.location = location;
                s.description = place.city() + " today: " + texts.thing();
                s.framing = texts.pick(List.of(Framing.EWS, Framing.WS, Framing.MWS));
                s.movement = texts.pick(List.of(CameraMovement.PAN, CameraMovement.TRACK, CameraMovement.HANDHELD,
                        CameraMovement.STATIC, CameraMovement.AERIAL, CameraMovement.CRANE));
            }
            case RECONSTRUCTION -> {
                s.location = location;
                s.description = texts.reconstruction();
                s.framing = texts.pick(List.of(Framing.CU, Framing.ECU, Framing.MS));
                s.movement = texts.pick(List.of(CameraMovement.HANDHELD, CameraMovement.TRACK, CameraMovement.STATIC));
            }
            case ARCHIVE_FILM -> archive(s, "motion_picture", "Newsreel: crowds in " + place.city() + ", " + year);
            case ARCHIVE_PHOTOGRAPH -> archive(s, "graphic", "Photograph of " + person + " in " + place.city());
            case DOCUMENT -> archive(s, texts.pick(List.of("manuscript", "personal_communication", "article-newspaper")),
                    texts.document() + " of " + person + ", " + year);
            case GRAPHIC -> {
                s.description = "Map: the journey from " + place.city() + " to " + texts.pick(locations).city;
                s.movement = texts.pick(List.of(CameraMovement.ZOOM, CameraMovement.STATIC));
            }
            case CAPTION -> s.description = "Caption: " + place.city() + ", " + year;
            default -> s.description = person;
        }
        s.notes = texts.chance(0.15) ? texts.pick(List.of("Check the rights before the rough cut.",
                "Ask the family about this one.", "Alternative: " + texts.thing() + ".",
                "Проверить дату — to check the date.")) : null;
        return s;
    }

    private void archive(Shot s, String type, String description) {
        List<Source> candidates = sources.getOrDefault(type, allSources);
        s.source = candidates.isEmpty() ? null : texts.pick(candidates);
        s.description = description;
        s.framing = texts.pick(Framing.values());
        s.movement = s.kind == ShotKind.ARCHIVE_FILM ? null : CameraMovement.ROSTRUM;
    }

    /** A location or reconstruction shot goes on a day at its location while the day has room. */
    private void schedule(Shot shot) {
        if (shot.location == null || shot.status != ShotStatus.SCHEDULED) {
            return;
        }
        for (ShootDay day : days) {
            int room = (Schedule.DAY_LIMIT_MINUTES - day.interviews.size() * Schedule.MINUTES_PER_INTERVIEW)
                    / Schedule.MINUTES_PER_SHOT;
            if (day.location == shot.location && day.shots.size() < room) {
                day.shots.add(shot);
                return;
            }
        }
    }

    /** The scene's share of the citations: a third on the scene itself, the rest on its shots. */
    private void citations(Scene scene, List<Shot> shots, int sceneIndex) {
        int count = size.citations() / size.scenes() + (sceneIndex < size.citations() % size.scenes() ? 1 : 0);
        for (int position = 1; position <= count; position++) {
            Citation c = new Citation();
            c.scene = scene;
            c.position = position;
            c.shot = position <= (count + 2) / 3 ? null : texts.pick(shots);
            cite(c, scene);
            c.claim = texts.sentence(texts.pick(historical).name, Integer.parseInt(scene.era),
                    texts.pick(locations).city, texts.pick(historical).name);
            c.status = texts.pick(List.of(VerificationStatus.VERIFIED, VerificationStatus.VERIFIED,
                    VerificationStatus.VERIFIED, VerificationStatus.UNVERIFIED, VerificationStatus.UNVERIFIED,
                    VerificationStatus.DISPUTED));
            if (c.status != VerificationStatus.UNVERIFIED) {
                c.verifiedBy = texts.pick(SyntheticTexts.RESEARCHERS);
                c.verifiedOn = SHOOT_STARTS.minusDays(texts.between(1, 700));
            }
            persist(c);
        }
    }

    /** What a citation rests on: the shot's source, a bite of the scene's paper edit, or any source. */
    private void cite(Citation c, Scene scene) {
        if (c.shot != null && c.shot.source != null) {
            c.source = c.shot.source;
        } else if (c.shot != null && c.shot.person != null || !scene.testimonies.isEmpty() && texts.chance(0.3)) {
            c.testimony = texts.pick(scene.testimonies);
            c.text = c.testimony.text;
            return;
        } else {
            c.source = texts.pick(allSources);
        }
        c.locator = switch (c.source.type) {
            case "motion_picture" -> new Timecode(texts.between(0, 900) * 1000L).format();
            case "manuscript", "personal_communication" -> "f. " + texts.between(1, 60);
            case "graphic" -> null;
            default -> "p. " + texts.between(1, 400);
        };
        c.text = texts.chance(0.5) ? null : "« " + texts.answer(texts.pick(historical).name, year(),
                texts.pick(locations).city, texts.pick(historical).name) + " »";
    }

    // -- research log ----------------------------------------------------------------------------------

    private void researchLog() {
        for (int i = 0; i < size.logEntries(); i++) {
            ResearchLogEntry e = new ResearchLogEntry();
            e.film = film;
            e.date = SHOOT_STARTS.minusDays(730L * (size.logEntries() - i) / size.logEntries() + 1);
            e.researcher = texts.pick(SyntheticTexts.RESEARCHERS);
            e.kind = texts.pick(ResearchKind.values());
            Source source = texts.pick(allSources);
            Location location = texts.pick(locations);
            Person person = texts.pick(people);
            e.summary = summary(e.kind, source, location, person);
            e.findings = "Found **" + source.title + "**.\n\n- " + texts.sentence(person.name, year(),
                    location.city, texts.pick(historical).name) + "\n- " + texts.thing();
            for (int f = texts.between(0, 2); f > 0; f--) {
                e.followUps.add(new FollowUp("Order a copy of " + texts.pick(allSources).title, texts.chance(0.5)));
            }
            e.sources.add(source);
            e.people.add(person);
            e.locations.add(location);
            e.scenes.add(texts.pick(scenes));
            persist(e);
            if (pending >= CHUNK) {
                flush();
            }
        }
        flush();
    }

    private static String summary(ResearchKind kind, Source source, Location location, Person person) {
        String title = source.title.length() > 200 ? source.title.substring(0, 200) : source.title;
        return switch (kind) {
            case ARCHIVE_VISIT -> "Visit to " + (source.archive == null ? "the library" : source.archive) + ": " + title;
            case INTERVIEW -> "Pre-interview with " + person.name;
            case PHONE_CALL -> "Call with " + person.name + " about " + location.city;
            case CORRESPONDENCE -> "Wrote to " + person.name + " about " + title;
            case READING -> "Read " + title;
            case RECCE -> "Recce of " + location.name;
        };
    }

    // -- helpers -------------------------------------------------------------------------------------

    private int year() {
        return texts.between(1890, 1947);
    }

    private Place place(Location location) {
        return SyntheticTexts.PLACES.get(locations.indexOf(location));
    }

    /** A key made from a title, unique within the film (across kinds too: simpler, and harmless). */
    private String key(String title) {
        String key = Keys.fromTitle(title, keys::contains);
        if (key.startsWith("untitled")) {
            key = Keys.fromTitle("item-" + keys.size(), keys::contains);
        }
        keys.add(key);
        return key;
    }

    private void persist(Object entity) {
        em.persist(entity);
        pending++;
    }

    /** Writes what is pending and forgets it: the entities kept for later steps are detached from here on. */
    private void flush() {
        em.flush();
        em.clear();
        pending = 0;
    }
}
