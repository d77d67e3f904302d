package witness.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import witness.core.Film;
import witness.person.Person;
import witness.person.PersonRole;
import witness.web.Form;
import witness.web.Inputs;

/**
 * The calls of a shoot day as its page shows them: who is called, in call order; the form just refused (adding a
 * call, or one row's change), else none; and whom one may call, grouped as a producer looks for them — the crew,
 * those interviewed that day, and the other living people of the film who are not historical figures.
 */
public record DayCalls(List<ShootDayCall> calls, Form refused, List<Person> crew, List<Person> interviewees,
        List<Person> others) {
    static final List<String> FIELDS = List.of("person", "call", "notes", "version");

    static DayCalls of(Film film, ShootDay day, Form refused) {
        Set<Long> called = day.calls.stream().map(c -> c.person.id).collect(Collectors.toSet());
        Set<Long> interviewed = day.interviews.stream().map(i -> i.person).filter(Objects::nonNull)
                .map(p -> p.id).collect(Collectors.toSet());
        List<Person> crew = new ArrayList<>(), interviewees = new ArrayList<>(), others = new ArrayList<>();
        for (Person p : Person.ofFilm(film)) {
            if (called.contains(p.id) || p.role == PersonRole.HISTORICAL || Boolean.FALSE.equals(p.alive)) {
                continue;
            }
            (interviewed.contains(p.id) ? interviewees : p.role == PersonRole.CREW ? crew : others).add(p);
        }
        return new DayCalls(day.called(), refused, crew, interviewees, others);
    }

    /** The form adding a call: the refused one when it was that, else empty. */
    public Form adding() {
        return refused != null && refused.id().equals("new-call") ? refused
                : new Form("new-call", Map.of(), Map.of(), FIELDS);
    }

    /** A row's form: the refused one when it was this row's, else the call as stored. */
    public Form row(ShootDayCall call) {
        String id = "call-" + call.person.key;
        return refused != null && refused.id().equals(id) ? refused
                : new Form(id, Inputs.values(CallInput.of(call)), Map.of(), FIELDS);
    }

    public boolean anyoneToCall() {
        return !crew.isEmpty() || !interviewees.isEmpty() || !others.isEmpty();
    }
}
