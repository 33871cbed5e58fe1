"""store_article function: one article stored in one statement on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00.000000

``provenance_store_article(...)`` does on the server what provenance.ingest does with a
few statements on SQLite: the article (nothing when its sha256 is known), its sentences,
the sources of its hops found or created by the rules of provenance.sources, its claims
and their citations. One statement per article, so a batch sends the next article while
the server still stores the previous one, and no round trip separates the steps. Rows
travel as JSON; provenance.ingest.store_params builds them. SQLite has no stored
functions: nothing to do there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = (
    "provenance_store_article(text, text, text, date, text, text, text, json, json, json, json)"
)

# Parameters: the article's title, publisher, url, published_on, origin, text and sha256;
# then JSON arrays of objects:
#   sentences  {p: position, s: start, e: end, t: text, k: kind}
#   sources    one per distinct hop key, in order of first sighting: {k: alias key (or,
#              when a is true, the prefix of an article-scoped key, to which the new
#              article's id is appended), a, n: display name, i: kind, d: description,
#              r: the other names the text gives it, as alias keys}
#   claims     {q: the 1-based number of its sentence in sentences, s, e, t}
#   citations  {c: the 1-based number of its claim, d: depth, h: the 1-based number of its
#              source in sources, u: cue, a: stated date, w: description, m: mention, s, e}
# Returns the article's id, whether it is new, the ids of the sources its hops name and
# which of those are new. A VOLATILE function: every statement below sees what other
# transactions committed before it started, as the separate statements on SQLite would.
FUNCTION = """
CREATE FUNCTION provenance_store_article(
    p_title text, p_publisher text, p_url text, p_published_on date, p_origin text,
    p_text text, p_sha256 text, p_sentences json, p_sources json, p_claims json,
    p_citations json,
    OUT o_article integer, OUT o_new boolean, OUT o_sources integer[],
    OUT o_new_sources integer[]
) LANGUAGE plpgsql AS $$
DECLARE
    v_sentences integer[];
    v_claims integer[];
    v_key text[];
    v_name text[];
    v_kind text[];
    v_desc text[];
    v_other json[];
    v_ids integer[];           -- source id of each entry of p_sources
    v_undescribed boolean[];   -- a known source without a description
    v_owner integer[];
    v_found integer[];         -- ids of the sources that existed already
    v_renamed integer[] := '{}';
    v_ord integer[];
    v_sid integer[];
    v_named boolean;           -- some hop has other names
    v_lost boolean;            -- a new source's alias was taken meanwhile
    i integer;
BEGIN
    -- A concurrent ingest of the same text: ON CONFLICT waits for it, then skips.
    INSERT INTO article (title, publisher, url, published_on, origin, text, sha256)
    VALUES (p_title, p_publisher, p_url, p_published_on, p_origin, p_text, p_sha256)
    ON CONFLICT (sha256) DO NOTHING
    RETURNING id INTO o_article;
    IF o_article IS NULL THEN
        SELECT a.id INTO o_article FROM article a WHERE a.sha256 = p_sha256;
        o_new := false;
        o_sources := '{}';
        o_new_sources := '{}';
        RETURN;
    END IF;
    o_new := true;

    WITH x AS MATERIALIZED (
        SELECT x.*, nextval('sentence_id_seq')::integer AS id
        FROM ROWS FROM (json_to_recordset(p_sentences)
                        AS (p integer, s integer, e integer, t text, k text))
             WITH ORDINALITY AS x(p, s, e, t, k, o)
        ORDER BY x.o
    ), inserted AS (
        INSERT INTO sentence (id, article_id, position, char_start, char_end, text, kind)
        SELECT x.id, o_article, x.p, x.s, x.e, x.t, x.k FROM x
    )
    SELECT array_agg(x.id ORDER BY x.o) INTO v_sentences FROM x;

    SELECT array_agg(CASE WHEN x.a THEN x.k || o_article ELSE x.k END ORDER BY x.o),
           array_agg(x.n ORDER BY x.o), array_agg(x.i ORDER BY x.o),
           array_agg(x.d ORDER BY x.o), array_agg(x.r ORDER BY x.o),
           bool_or(json_array_length(x.r) > 0)
    INTO v_key, v_name, v_kind, v_desc, v_other, v_named
    FROM ROWS FROM (json_to_recordset(p_sources)
                    AS (k text, a boolean, n text, i text, d text, r json))
         WITH ORDINALITY AS x(k, a, n, i, d, r, o);

    IF v_key IS NOT NULL THEN
        -- Known keys. Each look-up is an equality on a unique index, in a subquery of its
        -- own: the plan cannot turn into a scan of the whole table, whatever the tables'
        -- statistics said when PL/pgSQL made and kept it (a new database has none).
        SELECT array_agg(l.sid ORDER BY l.o),
               array_agg((SELECT s.description IS NULL FROM source s WHERE s.id = l.sid)
                         ORDER BY l.o)
        INTO v_ids, v_undescribed
        FROM (SELECT k.o, (SELECT a.source_id FROM source_alias a WHERE a.alias = k.alias) AS sid
              FROM unnest(v_key) WITH ORDINALITY AS k(alias, o) OFFSET 0) l;
        v_found := v_ids;
        -- A known source without a description takes the first one given.
        FOR i IN 1 .. array_length(v_key, 1) LOOP
            IF v_undescribed[i] AND v_desc[i] <> '' THEN
                UPDATE source SET description = v_desc[i]
                WHERE id = v_ids[i] AND description IS NULL;
            END IF;
        END LOOP;

        -- An unknown key whose other names all belong to one known source is that source.
        IF v_named AND array_position(v_ids, NULL) IS NOT NULL THEN
            SELECT array_agg(r.o), array_agg(r.sid) INTO v_ord, v_sid
            FROM (SELECT n.o, min(n.sid) AS sid
                  FROM (SELECT m.o,
                               (SELECT a.source_id FROM source_alias a
                                WHERE a.alias = x.alias) AS sid
                        FROM generate_subscripts(v_key, 1) AS m(o)
                        CROSS JOIN LATERAL json_array_elements_text(v_other[m.o]) AS x(alias)
                        WHERE v_ids[m.o] IS NULL AND x.alias <> v_key[m.o] OFFSET 0) n
                  WHERE n.sid IS NOT NULL
                  GROUP BY n.o HAVING count(DISTINCT n.sid) = 1) r;
            FOR i IN 1 .. coalesce(array_length(v_ord, 1), 0) LOOP
                v_ids[v_ord[i]] := v_sid[i];
            END LOOP;
            v_renamed := coalesce(v_ord, '{}');
            v_found := v_found || v_sid;
        END IF;

        -- The rest are new sources, each with its key as alias.
        IF array_position(v_ids, NULL) IS NOT NULL THEN
            WITH drawn AS MATERIALIZED (
                SELECT m.o, nextval('source_id_seq')::integer AS id
                FROM generate_subscripts(v_key, 1) AS m(o)
                WHERE v_ids[m.o] IS NULL ORDER BY m.o
            ), created AS (
                INSERT INTO source (id, name, kind, description)
                SELECT d.id, v_name[d.o], v_kind[d.o], v_desc[d.o] FROM drawn d
            ), named AS (
                INSERT INTO source_alias (source_id, alias)
                SELECT d.id, v_key[d.o] FROM drawn d ON CONFLICT (alias) DO NOTHING
                RETURNING 1
            )
            SELECT array_agg(d.o ORDER BY d.o), array_agg(d.id ORDER BY d.o),
                   count(*) > (SELECT count(*) FROM named)
            INTO v_ord, v_sid, v_lost FROM drawn d;
            -- An alias not inserted belongs to a concurrent writer that created the same
            -- source first: that source wins, ours goes again. A statement of its own, so
            -- that it sees that writer's alias.
            IF v_lost THEN
                v_owner := ARRAY(
                    SELECT coalesce((SELECT a.source_id FROM source_alias a
                                     WHERE a.alias = v_key[d.o]), d.id)
                    FROM unnest(v_ord, v_sid) WITH ORDINALITY AS d(o, id, n) ORDER BY d.n);
                FOR i IN 1 .. array_length(v_ord, 1) LOOP
                    IF v_owner[i] <> v_sid[i] THEN
                        DELETE FROM source WHERE id = v_sid[i];
                        v_sid[i] := v_owner[i];
                    END IF;
                END LOOP;
            END IF;
            FOR i IN 1 .. array_length(v_ord, 1) LOOP
                v_ids[v_ord[i]] := v_sid[i];
            END LOOP;
        END IF;

        -- Every other name the text gives a source becomes its alias, and so does the key
        -- of a source found through another name; an alias another source owns stays its.
        IF v_named THEN
            INSERT INTO source_alias (source_id, alias)
            SELECT DISTINCT ON (p.alias) p.sid, p.alias
            FROM (SELECT v_ids[r.o] AS sid, v_key[r.o] AS alias, 0 AS rank, r.o, 0::bigint AS n
                  FROM unnest(v_renamed) AS r(o)
                  UNION ALL
                  SELECT v_ids[m.o], x.alias, 1, m.o, x.n
                  FROM generate_subscripts(v_key, 1) AS m(o)
                  CROSS JOIN LATERAL json_array_elements_text(v_other[m.o])
                       WITH ORDINALITY AS x(alias, n)
                  WHERE x.alias <> v_key[m.o]) p
            ORDER BY p.alias, p.rank, p.o, p.n
            ON CONFLICT (alias) DO NOTHING;
        END IF;

        SELECT ARRAY(SELECT DISTINCT unnest(v_ids)),
               ARRAY(SELECT unnest(v_ids) EXCEPT SELECT unnest(v_found))
        INTO o_sources, o_new_sources;
    ELSE
        o_sources := '{}';
        o_new_sources := '{}';
    END IF;

    WITH x AS MATERIALIZED (
        SELECT x.*, nextval('claim_id_seq')::integer AS id
        FROM ROWS FROM (json_to_recordset(p_claims)
                        AS (q integer, s integer, e integer, t text))
             WITH ORDINALITY AS x(q, s, e, t, o)
        ORDER BY x.o
    ), inserted AS (
        INSERT INTO claim (id, article_id, sentence_id, char_start, char_end, text, status,
                           version)
        SELECT x.id, o_article, v_sentences[x.q], x.s, x.e, x.t, 'unreviewed', 1 FROM x
    )
    SELECT array_agg(x.id ORDER BY x.o) INTO v_claims FROM x;
    INSERT INTO citation (claim_id, depth, source_id, cue, stated_date, description, mention,
                          char_start, char_end)
    SELECT v_claims[x.c], x.d, v_ids[x.h], x.u, x.a, x.w, x.m, x.s, x.e
    FROM json_to_recordset(p_citations)
         AS x(c integer, d integer, h integer, u text, a text, w text, m text, s integer,
              e integer);
END;
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
