package witness.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words of a synthetic film: names (French, Spanish, German, English and Russian, some in Cyrillic),
 * places, titles and sentences, drawn from a seeded {@link Random} so that the same seed writes the same film.
 */
final class SyntheticTexts {
    /** A person's name as the film writes it, and in Latin letters (for keys and other names). */
    record Name(String written, String latin, String language) {
    }

    /** A place the film depicts, with where it is: the locations are made from these. */
    record Place(String name, String city, String country, double latitude, double longitude, String period) {
        boolean inTheAmericas() {
            return longitude < -30;
        }
    }

    static final List<Place> PLACES = List.of(
            new Place("Orenburg railway station", "Orenburg", "Russia", 51.7727, 55.0988, "1933–36"),
            new Place("Coyoacán, the house on Avenida Viena", "Mexico City", "Mexico", 19.3550, -99.1626, "1940–47"),
            new Place("Paricutín volcano", "Angahuan", "Mexico", 19.4931, -102.2517, "1943–47"),
            new Place("Villa Air-Bel, Marseille", "Marseille", "France", 43.2965, 5.3698, "1940–41"),
            new Place("Ixelles, the rue de la Tulipe", "Brussels", "Belgium", 50.8333, 4.3667, "1890–1906"),
            new Place("Belleville, rue Fessart", "Paris", "France", 48.8722, 2.3800, "1909–12"),
            new Place("Smolny Institute", "Leningrad", "Russia", 59.9464, 30.3964, "1919–33"),
            new Place("Lubyanka Square", "Moscow", "Russia", 55.7601, 37.6270, "1928–33"),
            new Place("Las Ramblas", "Barcelona", "Spain", 41.3809, 2.1734, "1917"),
            new Place("Alexanderplatz", "Berlin", "Germany", 52.5219, 13.4132, "1923"),
            new Place("Karl-Marx-Hof", "Vienna", "Austria", 48.2486, 16.3641, "1925–26"),
            new Place("Negoreloye border station", "Negoreloye", "Belarus", 53.6014, 27.0700, "1936"),
            new Place("Fort-de-France harbour", "Fort-de-France", "Martinique", 14.6010, -61.0700, "1941"),
            new Place("Old Havana waterfront", "Havana", "Cuba", 23.1405, -82.3520, "1941"),
            new Place("Ciudad Trujillo port", "Santo Domingo", "Dominican Republic", 18.4655, -69.8880, "1941"),
            new Place("Cuernavaca market", "Cuernavaca", "Mexico", 18.9218, -99.2346, "1942–46"),
            new Place("Melun prison", "Melun", "France", 48.5390, 2.6600, "1913–17"),
            new Place("Cour de la Sainte-Chapelle", "Paris", "France", 48.8554, 2.3450, "1912–13"),
            new Place("Kazan riverside", "Kazan", "Russia", 55.7963, 49.1088, "1934"),
            new Place("Samara embankment", "Samara", "Russia", 53.1959, 50.1002, "1934"),
            new Place("Nevsky Prospekt", "Leningrad", "Russia", 59.9343, 30.3351, "1919–28"),
            new Place("Warsaw Central Station", "Warsaw", "Poland", 52.2287, 21.0031, "1936"),
            new Place("Prague Old Town Square", "Prague", "Czechoslovakia", 50.0875, 14.4213, "1936"),
            new Place("Lisbon quays", "Lisbon", "Portugal", 38.7071, -9.1359, "1941"),
            new Place("Ellis Island ferry slip", "New York", "United States", 40.6995, -74.0396, "1941"),
            new Place("Oaxaca zócalo", "Oaxaca", "Mexico", 17.0609, -96.7253, "1944"),
            new Place("Geneva, Palais Wilson", "Geneva", "Switzerland", 46.2115, 6.1495, "1936"),
            new Place("Le Havre docks", "Le Havre", "France", 49.4938, 0.1077, "1936"),
            new Place("Tbilisi old town", "Tbilisi", "Georgia", 41.6938, 44.8015, "1927"),
            new Place("Kyiv, Khreshchatyk", "Kyiv", "Ukraine", 50.4474, 30.5227, "1920"));

    private static final String[][] FRENCH = {
            {"Jeanne", "Émile", "Hélène", "François", "Céline", "André", "Léon", "Mathilde", "Frédéric", "Thérèse",
                    "Aimée", "René"},
            {"Séjourné", "Lefèvre", "Durand", "Bérard", "Rivière", "Mercier", "Dubois", "Gérard", "Lacroix", "Noël",
                    "Chénier", "Marchand"}};
    private static final String[][] SPANISH = {
            {"José", "María", "Ramón", "Lucía", "Andrés", "Concepción", "Joaquín", "Inés", "Julián", "Dolores"},
            {"Gómez", "Hernández", "Núñez", "Peña", "Álvarez", "Ortiz", "Muñoz", "Sánchez", "Gorkín", "Ibáñez"}};
    private static final String[][] GERMAN = {
            {"Käthe", "Jürgen", "Günther", "Liesl", "Ernst", "Grete"},
            {"Müller", "Schröder", "Weiß", "Köhler", "Brüning", "Thälmann"}};
    private static final String[][] ENGLISH = {
            {"Margaret", "Thomas", "Edith", "Walter", "Dorothy", "Harold", "Peter", "Susan"},
            {"Whitfield", "Ashworth", "Pembroke", "Hollis", "Carver", "Sedgwick", "Fry", "Weissman"}};
    /** Russian given names: Cyrillic, Latin, and whether the name is a woman's. */
    private static final String[][] RUSSIAN_GIVEN = {
            {"Любовь", "Lyubov", "f"}, {"Александр", "Aleksandr", "m"}, {"Ольга", "Olga", "f"},
            {"Николай", "Nikolai", "m"}, {"Анна", "Anna", "f"}, {"Михаил", "Mikhail", "m"}, {"Вера", "Vera", "f"},
            {"Сергей", "Sergei", "m"}, {"Татьяна", "Tatiana", "f"}, {"Борис", "Boris", "m"},
            {"Евгения", "Evgenia", "f"}, {"Владимир", "Vladimir", "m"}};
    private static final String[][] RUSSIAN_FAMILY = {
            {"Русаков", "Russakov"}, {"Лебедев", "Lebedev"}, {"Орлов", "Orlov"}, {"Смирнов", "Smirnov"},
            {"Павлов", "Pavlov"}, {"Волков", "Volkov"}, {"Зорин", "Zorin"}, {"Кибальчич", "Kibalchich"},
            {"Гольдман", "Goldman"}, {"Морозов", "Morozov"}};

    static final List<String> RESEARCHERS = List.of("Hélène Marchand", "Tom Ashworth", "Ольга Зорина",
            "Ramón Núñez", "Priya Shah");
    static final List<String> ARCHIVES = List.of("Hoover Institution Library & Archives",
            "Beinecke Rare Book and Manuscript Library", "Archives nationales",
            "Russian State Archive of Socio-Political History (РГАСПИ)", "Archivo General de la Nación",
            "International Institute of Social History", "Bibliothèque de documentation internationale contemporaine",
            "Archives de la Préfecture de police");
    static final List<String> ARCHIVE_PLACES = List.of("Stanford", "New Haven", "Pierrefitte-sur-Seine", "Moscow",
            "Mexico City", "Amsterdam", "Nanterre", "Le Pré-Saint-Gervais");

    private static final List<String> EVENTS = List.of("Arrival", "The arrest", "Letters home", "A night search",
            "The trial", "Leaving", "The border", "The first winter", "Queues for bread", "The printing press",
            "A meeting at the café", "The visa", "The telegram", "Hunger", "The funeral", "The hospital",
            "The last photograph", "The confiscated manuscripts", "A visit from the police", "The strike",
            "Années de plomb", "The informer", "Воспоминания", "The ship", "The crossing", "Waiting for news");
    private static final List<String> THEMES = List.of("childhood", "apprenticeship", "prison", "revolution",
            "civil war", "opposition", "exile", "escape", "refuge", "the last years");
    private static final List<String> THINGS = List.of("an empty platform at dawn", "the river under ice",
            "a shuttered bookshop", "the courtyard where the printing press stood", "children playing in the square",
            "a tram crossing the bridge", "snow on the rooftops", "the harbour wall in the rain",
            "a market stall selling old postcards", "the prison gate, closed");
    private static final List<String> DOCUMENTS = List.of("Police file", "Letter", "Visa application",
            "Prison register", "Telegram", "Party card", "Ship's manifest", "Passport page", "Internal memorandum");
    private static final List<String> RECONSTRUCTIONS = List.of("Hands turning the pages of a manuscript by lamplight",
            "A suitcase packed in haste on an unmade bed", "Boots on a snowy road at night",
            "A typewriter, the carriage return in close-up", "A kettle on a stove in a cold room",
            "A door opening onto a dark stairwell");
    private static final List<String> SENTENCES = List.of(
            "In %2$s, %1$s arrives in %3$s with nothing but a suitcase of manuscripts.",
            "%3$s in %2$s: the queues outside the bakeries grow longer every week.",
            "Letters from %1$s to %4$s describe the cold, the hunger and the waiting.",
            "The police file on %1$s grows thicker; an informer reports every visitor.",
            "%1$s remembers the night the knock came at the door.",
            "Nobody in %3$s dares to speak of the arrests, yet everybody knows.",
            "The manuscript, seized at the border, is never seen again.",
            "From %3$s, a telegram to %4$s: « Départ impossible, attendons les visas. »",
            "Years later, %4$s would write that %3$s was the only place where %1$s had felt free.",
            "The newspapers of %2$s say nothing; the rumours say everything.",
            "%1$s and %4$s share a room, a stove and a single pair of good shoes.",
            "By the spring of %2$s the friends of %1$s in %3$s have been scattered or arrested.");
    private static final List<String> ANSWERS = List.of(
            "I remember %3$s in %2$s; my father kept his papers under the floorboards.",
            "%1$s came to our door one evening, very thin, and asked only for tea.",
            "We never spoke of it at home. My mother said that walls have ears.",
            "The photograph you showed me was taken in %3$s, I am sure of it, the winter of %2$s.",
            "When %1$s left, he gave me a book and said: keep it until I come back.",
            "There were always two men in the street below. We called them the guardian angels.",
            "I was a child, but I remember the smell of the printing ink on his hands.",
            "They searched the whole flat and took every letter, even my school exercise books.",
            "My aunt wrote to %4$s for years; not one letter came back.",
            "In %3$s we had nothing, and yet those were the best evenings of my life.");
    private static final List<String> QUESTIONS = List.of("What do you remember of %3$s?",
            "When did you last see %1$s?", "Who else was there with you in %2$s?",
            "How did the news reach you?", "What happened to the papers?", "Did %4$s ever write back?");

    private final Random random;

    SyntheticTexts(Random random) {
        this.random = random;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A name of one of five languages; one Russian name in three is written in Cyrillic. */
    Name name() {
        int language = random.nextInt(5);
        if (language == 4) {
            return russian(chance(1.0 / 3));
        }
        String[][] pool = language == 0 ? FRENCH : language == 1 ? SPANISH : language == 2 ? GERMAN : ENGLISH;
        String name = pick(pool[0]) + " " + pick(pool[1]);
        return new Name(name, name, language == 0 ? "French" : language == 1 ? "Spanish"
                : language == 2 ? "German" : "English");
    }

    /** A Russian name, in Cyrillic or in Latin letters. */
    Name russian(boolean cyrillic) {
        String[] given = pick(RUSSIAN_GIVEN);
        String[] family = pick(RUSSIAN_FAMILY);
        boolean feminine = given[2].equals("f") && (family[1].endsWith("ov") || family[1].endsWith("in")
                || family[1].endsWith("ev"));
        String latin = given[1] + " " + family[1] + (feminine ? "a" : "");
        String written = given[0] + " " + family[0] + (feminine ? "а" : "");
        return new Name(cyrillic ? written : latin, latin, "Russian");
    }

    String sceneTitle(Place place, int year) {
        return pick(EVENTS) + " in " + place.city() + ", " + year;
    }

    String sequenceTitle(Place place, int from, int to) {
        String theme = pick(THEMES);
        return Character.toUpperCase(theme.charAt(0)) + theme.substring(1) + " in " + place.city()
                + " (" + from + "–" + to + ")";
    }

    /** Sentences of narration about a person, a year, a place and a second person. */
    String sentence(String person, int year, String place, String other) {
        return String.format(pick(SENTENCES), person, year, place, other);
    }

    /** Two to four paragraphs of two or three sentences, separated by blank lines. */
    String narration(String person, int year, String place, String other) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = between(2, 4); p > 0; p--) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = between(2, 3); s > 0; s--) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence(person, year, place, other));
            }
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    String answer(String person, int year, String place, String other) {
        return String.format(pick(ANSWERS), person, year, place, other);
    }

    String question(String person, int year, String place, String other) {
        return String.format(pick(QUESTIONS), person, year, place, other);
    }

    String thing() {
        return pick(THINGS);
    }

    String document() {
        return pick(DOCUMENTS);
    }

    String reconstruction() {
        return pick(RECONSTRUCTIONS);
    }

    String theme() {
        return pick(THEMES);
    }
}
