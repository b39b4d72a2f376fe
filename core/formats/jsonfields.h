#pragma once

// The JSON reader's object reader (formats/jsonimport); not for use elsewhere.

#include "model/enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace waymark::jsonread {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("JsonImport", text);
}

// Reads one JSON object; the first problem is kept and later reads do nothing.
class Fields
{
public:
    Fields(const QJsonValue &value, QString path, QString *error, QStringList *warnings,
           std::initializer_list<const char16_t *> known)
        : Fields(value, std::move(path), error, warnings, keySet(known))
    {}

    Fields(const QJsonValue &value, QString path, QString *error, QStringList *warnings,
           const QSet<QString> &knownKeys)
        : m_path(std::move(path))
        , m_error(error)
        , m_warnings(warnings)
    {
        if (!value.isObject()) {
            fail(m_path, tr("must be an object"));
            return;
        }
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!knownKeys.contains(it.key()) && m_warnings) {
                m_warnings->append(tr("%1: unknown field \"%2\" ignored").arg(m_path, it.key()));
            }
        }
    }

    bool ok() const { return m_error->isEmpty(); }
    QString path() const { return m_path; }
    QString at(const QString &key) const { return m_path + u'.' + key; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = where + QStringLiteral(": ") + what;
    }

    bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QString string(const QString &key, bool required, const QString &fallback = {})
    {
        if (!ok())
            return {};
        if (!has(key)) {
            if (required)
                fail(m_path, tr("missing required field \"%1\"").arg(key));
            return fallback;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            fail(at(key), tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!ok() || !has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            fail(at(key), tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    std::optional<double> number(const QString &key, bool required = false)
    {
        if (!ok())
            return std::nullopt;
        if (!has(key)) {
            if (required)
                fail(m_path, tr("missing required field \"%1\"").arg(key));
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(at(key), tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<int> integer(const QString &key, int min, int max, bool required = false)
    {
        const auto d = number(key, required);
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || *d < min || *d > max) {
            fail(at(key), tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(*d);
    }

    template<typename E>
    E enumeration(const QString &key, bool required, E fallback)
    {
        const QString name = string(key, required);
        if (!ok() || name.isEmpty())
            return fallback;
        const auto e = enumFromName<E>(name);
        if (!e) {
            fail(at(key), tr("\"%1\" is not one of: %2").arg(name, enumNameList<E>()));
            return fallback;
        }
        return *e;
    }

    QJsonArray array(const QString &key, bool required)
    {
        if (!ok())
            return {};
        if (!has(key)) {
            if (required)
                fail(m_path, tr("missing required field \"%1\"").arg(key));
            return {};
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            fail(at(key), tr("must be an array"));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QString &key)
    {
        QStringList out;
        const QJsonArray items = array(key, false);
        for (int i = 0; i < items.size() && ok(); ++i) {
            if (!items[i].isString())
                fail(QStringLiteral("%1[%2]").arg(at(key)).arg(i), tr("must be a string"));
            else
                out.append(items[i].toString());
        }
        return out;
    }

    static QSet<QString> keySet(std::initializer_list<const char16_t *> keys)
    {
        QSet<QString> out;
        for (const char16_t *k : keys)
            out.insert(QString::fromUtf16(k));
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList *m_warnings;
};

} // namespace waymark::jsonread
