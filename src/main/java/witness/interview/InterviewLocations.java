package witness.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import witness.location.LocationLeaving;
import witness.location.LocationLeaving.Referrer;
import witness.location.LocationShown;
import witness.location.LocationShown.InterviewLine;

/** The interviews filmed at a location: listed on its page, counted and let go of when it is deleted. */
@ApplicationScoped
class InterviewLocations {

    void listed(@Observes LocationShown shown) {
        Interview.<Interview>list("select i from Interview i left join fetch i.person where i.location = ?1"
                + " order by i.date nulls last, i.key", shown.location())
                .forEach(i -> shown.interviews().add(new InterviewLine(i.key, i.interviewee(), i.status.label(),
                        i.date)));
    }

    void letGo(@Observes LocationLeaving leaving) {
        leaving.letGo(Referrer.INTERVIEWS, () -> Interview.count("location", leaving.location),
                () -> Interview.<Interview>list("location", leaving.location), interview -> interview.location = null);
    }
}
