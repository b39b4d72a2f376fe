#pragma once

#include "csv.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

class QFile;

namespace waymark {

// A data file opened for import, seen as UTF-8 text without its BOM.
//
// UTF-8 files are memory-mapped, not read: a 150 MB export costs address
// space, not a copy. UTF-16 files are transcoded to UTF-8 once (about half
// their size for Latin text); so are files without a BOM that are not valid
// UTF-8, read as Windows-1251 or -1252 (codepage::guess()). Open it on the
// thread that reads it.
class DataFile
{
public:
    DataFile();
    ~DataFile();
    DataFile(const DataFile &) = delete;
    DataFile &operator=(const DataFile &) = delete;

    // Reads the text in `encoding` instead of the detected one (call before
    // open() or setBytes()).
    void forceEncoding(std::optional<TextEncoding> encoding) { m_forced = encoding; }

    bool open(const QString &path, QString *error);
    // Text already in memory (tests, pasted data); the BOM is handled the same.
    bool setBytes(const QByteArray &bytes, QString *error);

    QByteArrayView text() const { return m_text; }
    TextEncoding encoding() const { return m_encoding; }
    QString path() const { return m_path; }
    qint64 fileSize() const { return m_fileSize; }

    // Tells the system that the mapped pages in [begin, end) will not be read
    // again, so a long scan does not keep the whole file resident.
    void release(const char *begin, const char *end) const;

private:
    bool adopt(QByteArrayView raw, QString *error);

    std::unique_ptr<QFile> m_file;
    uchar *m_map = nullptr;
    QByteArray m_owned; // transcoded or handed-in bytes
    QByteArrayView m_text;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::optional<TextEncoding> m_forced;
    QString m_path;
    qint64 m_fileSize = 0;
};

} // namespace waymark
