#include "datafile.h"

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
    m_encoding = csv::detectEncoding(raw, &bom);
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        m_owned = csv::utf16ToUtf8(raw.sliced(bom), m_encoding);
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
