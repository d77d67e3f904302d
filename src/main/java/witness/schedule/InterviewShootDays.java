package witness.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import witness.interview.Interview;
import witness.interview.ShootDaysOf;

/** The shoot days of the film's schedules that an interview is on, for the interview's page. */
@ApplicationScoped
public class InterviewShootDays implements ShootDaysOf {
    @Override
    public List<ShootDayOn> of(Interview interview) {
        return ShootDay.<ShootDay>list("select d from ShootDay d join fetch d.schedule where ?1 member of d.interviews"
                + " order by d.date", interview).stream()
                .map(d -> new ShootDayOn(d.schedule.name, d.date, "/films/" + d.schedule.film.slug + "/schedules/"
                        + d.schedule.key + "/days/" + d.date + "/call-sheet"))
                .toList();
    }
}
