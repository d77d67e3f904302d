package witness.core;

import witness.web.Labelled;

/**
 * A part of a film's facts invented for the production rather than found by research: a sample film's diary, its
 * shoot days or its fees, written so that the production side of Witness has something to show. A film lists the
 * parts that are illustrative; its pages and its dossier files mark them, so a reader never quotes them as research.
 */
public enum Illustrative implements Labelled {
    RESEARCH_LOG("the research log's dates, visits, researchers and findings"),
    VERIFICATIONS("who verified each citation, and when"),
    SCHEDULES("the shoot days, their call and wrap times, crew and travel"),
    LOCATION_ARRANGEMENTS("the locations' recce and permit states, access notes and contacts"),
    INTERVIEW_ARRANGEMENTS("the interviews' statuses, dates, fees and release forms"),
    CLEARANCES("the sources' clearances, rights holders, fees, territories and terms"),
    TARGET_LENGTH("the target running time");

    private final String what;

    Illustrative(String what) {
        this.what = what;
    }

    /** "Illustrative: the research log's dates, … — invented for the production, not research." */
    public String note() {
        return "Illustrative: " + what + " — invented for the production, not research.";
    }
}
