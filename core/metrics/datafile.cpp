#include "datafile.h"

#include "codepage.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr qsizetype kUtf8Probe = 8 * 1024 * 1024;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

DataFile::DataFile() = default;

DataFile::~DataFile()
{
    if (m_map)
        m_file->unmap(m_map);
}

bool DataFile::open(const QString &path, QString *error)
{
    m_path = path;
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 cannot be read: %2").arg(path, m_file->errorString()));
        return false;
    }
    m_fileSize = m_file->size();
    if (m_fileSize == 0 || m_file->isSequential()) {
        // Nothing to map, or a pipe: read it.
        m_owned = m_file->readAll();
        return adopt(m_owned, error);
    }
    m_map = m_file->map(0, m_fileSize);
    if (!m_map) {
        m_owned = m_file->readAll();
        if (m_owned.size() != m_fileSize) {
            setError(error, tr("%1 cannot be read: %2").arg(path, m_file->errorString()));
            return false;
        }
        return adopt(m_owned, error);
    }
#ifdef Q_OS_LINUX
    madvise(m_map, size_t(m_fileSize), MADV_SEQUENTIAL);
#endif
    return adopt(QByteArrayView(reinterpret_cast<const char *>(m_map), m_fileSize), error);
}

bool DataFile::setBytes(const QByteArray &bytes, QString *error)
{
    m_owned = bytes;
    m_fileSize = bytes.size();
    return adopt(m_owned, error);
}

bool DataFile::adopt(QByteArrayView raw, QString *error)
{
    int bom = 0;
    const TextEncoding detected = csv::detectEncoding(raw, &bom);
    m_encoding = m_forced.value_or(detected);
    const bool utf16 = m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE;
    const bool utf16Bom = detected == TextEncoding::Utf16LE || detected == TextEncoding::Utf16BE;
    if (m_forced && utf16 != utf16Bom)
        bom = 0; // a BOM of another encoding is text of this one
    QByteArray transcoded;
    if (utf16) {
        transcoded = csv::utf16ToUtf8(raw.sliced(bom), m_encoding);
    } else if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Utf8Bom) {
        // Excel writes CSV in the Windows code page: text that is not UTF-8
        // is read in the likelier one, and the summary says which. The first
        // megabytes decide (a code page file shows it in its first rows); the
        // values an import uses are checked again as they are read
        // (aggregate()), so a later stray byte is an error, never a guess.
        const QByteArrayView head
                = raw.sliced(bom).first(std::min<qsizetype>(raw.size() - bom, kUtf8Probe));
        if (!m_forced && !codepage::isValidUtf8(head, nullptr, head.size() < raw.size() - bom)
            && !codepage::mostlyUtf8(head)) {
            const auto page = codepage::guess(raw.sliced(bom));
            m_encoding = page == codepage::CodePage::Windows1251 ? TextEncoding::Windows1251
                                                                 : TextEncoding::Windows1252;
            transcoded = codepage::toUtf8(raw.sliced(bom), page);
        }
    } else {
        transcoded = codepage::toUtf8(raw.sliced(bom), m_encoding == TextEncoding::Windows1251
                                                               ? codepage::CodePage::Windows1251
                                                               : codepage::CodePage::Windows1252);
    }
    if (!transcoded.isNull()) {
        m_owned = std::move(transcoded);
        if (m_map) {
            m_file->unmap(m_map);
            m_map = nullptr;
        }
        m_text = m_owned;
    } else {
        m_text = raw.sliced(bom);
    }
    if (csv::looksBinary(m_text)) {
        setError(error, tr("%1 is not a text file (it holds NUL bytes); "
                           "UTF-16 files need their byte order mark")
                                .arg(m_path.isEmpty() ? tr("the data") : m_path));
        return false;
    }
    return true;
}

void DataFile::release(const char *begin, const char *end) const
{
#ifdef Q_OS_LINUX
    if (!m_map || end <= begin)
        return;
    static const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t from = (uintptr_t(begin) + page - 1) & ~(page - 1);
    const uintptr_t to = uintptr_t(end) & ~(page - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
#endif
}

} // namespace waymark
