#include "teamschema.h"

#include "pg/pgconnection.h"
#include "teamrows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace waymark::team {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamStore", text);
}

QString columnType(const QString &column)
{
    static const QStringList integers{QStringLiteral("ord"),
                                      QStringLiteral("emotion"),
                                      QStringLiteral("count"),
                                      QStringLiteral("n"),
                                      QStringLiteral("rows_read"),
                                      QStringLiteral("rows_matched"),
                                      QStringLiteral("rows_unmatched"),
                                      QStringLiteral("rows_rejected"),
                                      QStringLiteral("votes_per_participant")};
    static const QStringList reals{QStringLiteral("scale_min"), QStringLiteral("scale_max"),
                                   QStringLiteral("green"),     QStringLiteral("amber"),
                                   QStringLiteral("share"),     QStringLiteral("value"),
                                   QStringLiteral("sum")};
    static const QStringList booleans{QStringLiteral("higher_better"), QStringLiteral("moment"),
                                      QStringLiteral("entry"), QStringLiteral("goal"),
                                      QStringLiteral("typical")};
    static const QStringList nullable{QStringLiteral("scale_min"), QStringLiteral("scale_max"),
                                      QStringLiteral("green"),     QStringLiteral("amber"),
                                      QStringLiteral("share"),     QStringLiteral("emotion")};
    QString type = QStringLiteral("text");
    if (integers.contains(column))
        type = QStringLiteral("bigint");
    else if (reals.contains(column))
        type = QStringLiteral("double precision");
    else if (booleans.contains(column))
        type = QStringLiteral("boolean");
    return nullable.contains(column) ? type : type + QStringLiteral(" NOT NULL");
}

// Version 1: the .cjm tables, each row with its revision and author; the
// change log other clients catch up from (by transaction id: see
// teamstore.cpp); who is in the workspace. Built from today's table
// descriptions, so a new workspace has the columns later versions add (they
// use ADD COLUMN IF NOT EXISTS).
QString version1()
{
    QString sql = QStringLiteral("CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);\n"
                                 "CREATE SEQUENCE revision;\n"
                                 "CREATE TABLE change_log(\n"
                                 "    seq bigserial PRIMARY KEY,\n"
                                 "    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),\n"
                                 "    client text NOT NULL,\n"
                                 "    tbl text NOT NULL,\n"
                                 "    journey text NOT NULL DEFAULT '',\n"
                                 "    key text[] NOT NULL,\n"
                                 "    op text NOT NULL,\n"
                                 "    changed_by text NOT NULL,\n"
                                 "    changed_at timestamptz NOT NULL DEFAULT now());\n"
                                 "CREATE INDEX change_log_xid ON change_log(xid);\n"
                                 "CREATE TABLE presence(\n"
                                 "    client text PRIMARY KEY,\n"
                                 "    person text NOT NULL,\n"
                                 "    since timestamptz NOT NULL DEFAULT now(),\n"
                                 "    seen timestamptz NOT NULL DEFAULT now());\n");
    for (Table t : allTables()) {
        const ServerTable &d = serverTable(t);
        QStringList columns;
        QStringList key;
        if (d.perJourney) {
            columns << QStringLiteral("journey text NOT NULL");
            key << QStringLiteral("journey");
        }
        for (const QString &k : d.key) {
            columns << k + QStringLiteral(" text NOT NULL");
            key << k;
        }
        for (const QString &c : d.columns)
            columns << c + u' ' + columnType(c);
        columns << QStringLiteral("position bigint NOT NULL DEFAULT 0")
                << QStringLiteral("rev bigint NOT NULL")
                << QStringLiteral("changed_by text NOT NULL DEFAULT ''")
                << QStringLiteral("changed_at timestamptz NOT NULL DEFAULT now()");
        if (t == Table::MetricValue) // no key of its own: kept in the order written
            columns.prepend(QStringLiteral("seq bigserial PRIMARY KEY"));
        else
            columns << QStringLiteral("PRIMARY KEY(%1)").arg(key.join(QStringLiteral(", ")));
        sql += QStringLiteral("CREATE TABLE %1(\n    %2);\n")
                       .arg(d.name, columns.join(QStringLiteral(",\n    ")));
        if (d.perJourney && d.ordered)
            sql += QStringLiteral("CREATE INDEX %1_position ON %1(journey, position);\n")
                           .arg(d.name);
    }
    sql += QStringLiteral("CREATE INDEX metric_value_step ON metric_value(journey, step);\n"
                          "CREATE INDEX metric_value_source ON metric_value(source);\n"
                          "CREATE INDEX link_src ON link(journey, src);\n"
                          "CREATE INDEX link_dst ON link(journey, dst);\n");
    return sql;
}

// Version 2: pictures (persona photos, card pictures), like the file's
// `picture` table (storage/tables.cpp, file schema 5): each kept once, by the
// id its bytes give, so never changed, only added and removed. The roles
// granted on the workspace's other tables get the same rights here.
QString version2()
{
    return QStringLiteral(
            "CREATE TABLE picture(\n"
            "    id text PRIMARY KEY,\n"
            "    mime text NOT NULL,\n"
            "    width bigint NOT NULL,\n"
            "    height bigint NOT NULL,\n"
            "    data bytea NOT NULL,\n"
            "    changed_by text NOT NULL DEFAULT '',\n"
            "    changed_at timestamptz NOT NULL DEFAULT now());\n"
            // Made by version 1 already in a workspace created now.
            "ALTER TABLE step ADD COLUMN IF NOT EXISTS picture text NOT NULL DEFAULT '';\n"
            "ALTER TABLE persona ADD COLUMN IF NOT EXISTS photo text NOT NULL DEFAULT '';\n"
            "DO $$ DECLARE g record; BEGIN\n"
            "  FOR g IN SELECT grantee, privilege_type FROM information_schema.role_table_grants\n"
            "           WHERE table_schema = current_schema() AND table_name = 'step'\n"
            "             AND grantee <> current_user LOOP\n"
            "    EXECUTE format('GRANT %s ON picture TO %I', g.privilege_type, g.grantee);\n"
            "  END LOOP;\n"
            "END $$;\n");
}

using Upgrade = QString (*)();
constexpr Upgrade kUpgrades[] = {version1, version2};
static_assert(std::size(kUpgrades) == kServerSchemaVersion, "one upgrade step per version");

} // namespace

QString checkWorkspaceName(const QString &name)
{
    static const QRegularExpression good(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!good.match(name).hasMatch())
        return tr("\"%1\" is not a workspace name: use 1 to 40 of a-z, 0-9 and _, starting with a "
                  "letter")
                .arg(name);
    return {};
}

QString schemaName(const QString &workspace)
{
    return QStringLiteral("waymark_") + workspace;
}

QString channelName(const QString &workspace)
{
    return QStringLiteral("waymark_") + workspace;
}

int workspaceVersion(pg::Connection &c, const QString &workspace, QString *error)
{
    pg::Result r;
    if (!c.exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"),
                {schemaName(workspace) + QStringLiteral(".meta")}, &r, error))
        return -1;
    if (!r.boolean(0, 0))
        return 0;
    const QString sql = QStringLiteral("SELECT value FROM %1.meta WHERE key = $1")
                                .arg(c.quoteIdentifier(schemaName(workspace)));
    if (!c.exec(sql, {QStringLiteral("schema_version")}, &r, error))
        return -1;
    return r.rows() == 1 ? r.text(0, 0).toInt() : 0;
}

bool createWorkspace(pg::Connection &c, const QString &workspace, QString *error)
{
    if (const QString bad = checkWorkspaceName(workspace); !bad.isEmpty()) {
        *error = bad;
        return false;
    }
    const int version = workspaceVersion(c, workspace, error);
    if (version < 0)
        return false;
    if (version > 0) {
        *error = tr("workspace \"%1\" already exists on this server").arg(workspace);
        return false;
    }
    const QString schema = c.quoteIdentifier(schemaName(workspace));
    if (!c.begin(error))
        return false;
    bool ok = c.execScript(QStringLiteral("CREATE SCHEMA %1").arg(schema), error)
              && c.execScript(QStringLiteral("SET LOCAL search_path TO %1").arg(schema), error);
    for (int v = 0; ok && v < kServerSchemaVersion; ++v)
        ok = c.execScript(kUpgrades[v](), error);
    ok = ok
         && c.exec(QStringLiteral("INSERT INTO %1.meta(key, value) VALUES ($1, $2), ($3, $4)")
                           .arg(schema),
                   {QStringLiteral("schema_version"), QString::number(kServerSchemaVersion),
                    QStringLiteral("workspace"), workspace},
                   error)
         && c.commit(error);
    if (!ok) {
        c.rollback();
        if (c.lastSqlState() == QLatin1String("42501"))
            *error = tr("the role may not create a workspace here: %1").arg(*error);
    }
    return ok;
}

bool upgradeWorkspace(pg::Connection &c, const QString &workspace, QString *error)
{
    const int version = workspaceVersion(c, workspace, error);
    if (version < 0)
        return false;
    if (version == 0) {
        *error = tr("there is no workspace \"%1\" on this server (create it with 'waymark server "
                    "init')")
                         .arg(workspace);
        return false;
    }
    if (version > kServerSchemaVersion) {
        *error = tr("workspace \"%1\" was made by a newer Waymark (version %2)")
                         .arg(workspace)
                         .arg(version);
        return false;
    }
    if (version == kServerSchemaVersion)
        return true;
    const QString schema = c.quoteIdentifier(schemaName(workspace));
    bool ok = c.begin(error)
              && c.execScript(QStringLiteral("SET LOCAL search_path TO %1").arg(schema), error);
    for (int v = version; ok && v < kServerSchemaVersion; ++v)
        ok = c.execScript(kUpgrades[v](), error);
    ok = ok
         && c.exec(QStringLiteral("UPDATE %1.meta SET value = $1 WHERE key = $2").arg(schema),
                   {QString::number(kServerSchemaVersion), QStringLiteral("schema_version")}, error)
         && c.commit(error);
    if (!ok)
        c.rollback();
    return ok;
}

bool grantWorkspace(pg::Connection &c, const QString &workspace, const QString &role, Access access,
                    QString *error)
{
    if (workspaceVersion(c, workspace, error) <= 0) {
        if (error->isEmpty())
            *error = tr("there is no workspace \"%1\" on this server").arg(workspace);
        return false;
    }
    const QString schema = c.quoteIdentifier(schemaName(workspace));
    const QString who = c.quoteIdentifier(role);
    QString sql = QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2;\n"
                                 "REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2;\n"
                                 "GRANT USAGE ON SCHEMA %1 TO %2;\n"
                                 "GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2;\n"
                                 // Readers say they are there, too.
                                 "GRANT INSERT, UPDATE, DELETE ON %1.presence TO %2;\n")
                          .arg(schema, who);
    if (access == Access::Edit)
        sql += QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2;\n"
                              "GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2;\n")
                       .arg(schema, who);
    else
        sql += QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2;\n")
                       .arg(schema, who);
    const bool ok = c.begin(error) && c.execScript(sql, error) && c.commit(error);
    if (!ok)
        c.rollback();
    return ok;
}

void splitTeamUri(const QString &uri, QString *conninfo, QString *workspace)
{
    workspace->clear();
    const qsizetype q = uri.indexOf(u'?');
    if (q < 0) {
        *conninfo = uri;
        return;
    }
    QStringList kept;
    for (const QString &item : uri.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
        if (item.startsWith(QLatin1String("workspace=")))
            *workspace = QUrl::fromPercentEncoding(item.mid(10).toUtf8());
        else
            kept << item;
    }
    *conninfo = uri.left(q);
    if (!kept.isEmpty())
        *conninfo += u'?' + kept.join(u'&');
}

bool isTeamUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"))
           || text.startsWith(QLatin1String("postgres://"));
}

QString displayUri(const QString &uri)
{
    // postgresql://user:secret@host/db -> postgresql://user@host/db
    static const QRegularExpression password(
            QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
    QString out = uri;
    out.replace(password, QStringLiteral("\\1@"));
    static const QRegularExpression inQuery(QStringLiteral("([?&])password=[^&]*&?"));
    out.replace(inQuery, QStringLiteral("\\1"));
    if (out.endsWith(u'?') || out.endsWith(u'&'))
        out.chop(1);
    return out;
}

} // namespace waymark::team
