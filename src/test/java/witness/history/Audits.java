package witness.history;

import java.util.List;
import witness.core.Film;
import witness.testing.SergeFilm;

/** The audit rows of an item, read straight from its audit table. */
final class Audits {
    private Audits() {
    }

    /** One recorded change: its revision, its kind (0 created, 1 changed, 2 deleted) and who made it. */
    record Row(long rev, int type, String who) {
    }

    static List<Row> of(String table, long id) {
        return SergeFilm.query(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Revision.getEntityManager().createNativeQuery("select a.rev, a.revtype, r.username from "
                    + table + "_aud a join revision r on r.id = a.rev where a.id = ?1 order by a.rev")
                    .setParameter(1, id).getResultList();
            return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    (String) r[2])).toList();
        });
    }

    static Row last(String table, long id) {
        List<Row> rows = of(table, id);
        return rows.get(rows.size() - 1);
    }

    /** The id of a film's item by its key, from the live table. */
    static long id(String slug, String entity, String key) {
        return SergeFilm.query(() -> {
            Film film = Film.bySlug(slug).orElseThrow();
            String where = entity.equals("Scene") ? "sequence.film = ?1" : entity.equals("Shot")
                    ? "scene.sequence.film = ?1" : "film = ?1";
            return Revision.getEntityManager().createQuery("select e.id from " + entity + " e where " + where
                    + " and e.key = ?2", Long.class).setParameter(1, film).setParameter(2, key).getSingleResult();
        });
    }

    static long count(String sql, Object... params) {
        return SergeFilm.query(() -> {
            var query = Revision.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
