package witness.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.film.ShotsLeaving;
import witness.interview.InterviewLeaving;

/** Shoot days count, then let go of, the shots and interviews they plan when those are deleted. */
@ApplicationScoped
class ShootDayPlans {

    void shotsLeave(@Observes ShotsLeaving leaving) {
        if (leaving.shots.isEmpty()) {
            return;
        }
        if (leaving.preview) {
            leaving.plannedOn(ShootDay.count("select count(s) from ShootDay d join d.shots s where s in ?1",
                    leaving.shots));
            return;
        }
        ShootDay.<ShootDay>list("select distinct d from ShootDay d join d.shots s where s in ?1", leaving.shots)
                .forEach(day -> day.shots.removeAll(leaving.shots));
    }

    void interviewLeaves(@Observes InterviewLeaving leaving) {
        String planning = " from ShootDay d join d.interviews i where i = ?1";
        if (leaving.preview) {
            leaving.plannedOn(ShootDay.count("select count(d)" + planning, leaving.interview));
            return;
        }
        ShootDay.<ShootDay>list("select distinct d" + planning, leaving.interview).forEach(day -> {
            leaving.plannedOn(1);
            day.interviews.remove(leaving.interview);
        });
    }
}
