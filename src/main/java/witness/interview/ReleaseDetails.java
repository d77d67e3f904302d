package witness.interview;

import java.time.LocalDateTime;

/** What a producer sees of a release form scan, without its bytes. */
public record ReleaseDetails(String fileName, String contentType, long fileSize, LocalDateTime uploadedAt) {

    public static ReleaseDetails of(Interview interview) {
        return ReleaseForm.getEntityManager().createQuery("select new " + ReleaseDetails.class.getName()
                + "(r.fileName, r.contentType, r.fileSize, r.uploadedAt) from ReleaseForm r where r.interview = ?1",
                ReleaseDetails.class).setParameter(1, interview).getResultStream().findFirst().orElse(null);
    }

    /** 2.4 MB, 350 KB */
    public String size() {
        return witness.web.Formats.bytes(fileSize);
    }
}
