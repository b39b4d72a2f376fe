#pragma once

#include "document/documentstore.h"

#include <memory>

class QLockFile;

namespace waymark {

class Database;

// The .cjm file as a document store: one SQLite database, written row by row
// from the table descriptions (storage/tables.h) inside the caller's
// transaction; rows of ordered lists carry a position.
class SqliteStore final : public DocumentStore
{
public:
    // Takes over an open database and, when the file is writable, its edit lock.
    SqliteStore(std::unique_ptr<Database> db, QString path, std::unique_ptr<QLockFile> lock);
    ~SqliteStore() override;

    QString location() const override { return m_path; }
    QString readOnlyReason() const override { return {}; }

    bool load(Workspace *workspace, QString *error) override;

    bool begin(QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;

    bool insert(const QString &journey, const RowRef &row, qint64 position,
                QString *error) override;
    bool insertAll(const QString &journey, const QList<RowRef> &rows, qint64 first,
                   QString *error) override;
    bool update(const QString &journey, const RowRef &row, QString *error) override;
    bool remove(Table table, const QString &journey, const QStringList &key,
                QString *error) override;
    bool removeMetricValues(const QString &journey, const QString &step, const QString &source,
                            QString *error) override;
    bool removeJourneyContent(const QString &journey, QString *error) override;

    bool makeRoom(Table table, const QString &journey, qint64 position, QString *error) override;
    bool closeGap(Table table, const QString &journey, qint64 position, QString *error) override;
    bool moveRow(Table table, const QString &journey, qint64 from, qint64 to,
                 QString *error) override;
    std::optional<qint64> positionOf(Table table, const QString &journey, const QString &id,
                                     QString *error) override;
    std::optional<qint64> endPosition(Table table, const QString &journey, QString *error) override;

    bool keepsPictures() const override { return true; }
    bool loadPictures(QList<Picture> *pictures, QString *error) override;
    bool insertPicture(const Picture &picture, QString *error) override;
    bool removePicture(const QString &id, QString *error) override;
    bool loadObserved(const QString &journey, std::optional<QByteArray> *data,
                      QString *error) override;
    bool saveObserved(const QString &journey, const QString &source, const QString &importedAt,
                      const QByteArray *data, QString *error) override;

    bool integrityCheck(QString *error) override;

    Database &database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace waymark
