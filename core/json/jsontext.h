#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace waymark {

// A JSON value that keeps its keys in the order they were added, so the
// documented outputs (DESIGN.md §7) read in the order the README shows.
// QJsonObject sorts keys; this is for writing only.
class JsonText
{
public:
    static JsonText object() { return JsonText(Type::Object); }
    static JsonText array() { return JsonText(Type::Array); }
    static JsonText null() { return JsonText(Type::Null); }
    // An array of strings (ids, names).
    static JsonText array(const QStringList &items);
    // A number to six decimals: shares and rates are products of many
    // factors, and six decimals keep the output readable and the same from
    // every compiler.
    static JsonText rounded(double value);
    static JsonText rounded(const std::optional<double> &value)
    {
        return value ? rounded(*value) : null();
    }

    JsonText()
        : m_type(Type::Null)
    {}
    JsonText(const QString &text)
        : m_type(Type::String)
        , m_text(text)
    {}
    JsonText(const char16_t *text)
        : JsonText(QString::fromUtf16(text))
    {}
    JsonText(double number)
        : m_type(Type::Number)
        , m_number(number)
    {}
    JsonText(int number)
        : JsonText(double(number))
    {}
    JsonText(qint64 number)
        : JsonText(double(number))
    {}
    JsonText(bool flag)
        : m_type(Type::Bool)
        , m_bool(flag)
    {}
    template<typename T>
    JsonText(const std::optional<T> &value)
        : JsonText(value ? JsonText(*value) : null())
    {}

    // Objects: add or replace a key (order of first insertion is kept).
    JsonText &set(const QString &key, JsonText value);
    JsonText &set(const char16_t *key, JsonText value)
    {
        return set(QString::fromUtf16(key), std::move(value));
    }
    // Arrays: append.
    JsonText &append(JsonText value);
    qsizetype size() const;

    // Two-space indentation; arrays of plain values stay on one line.
    QByteArray toJson(bool pretty = true) const;

private:
    enum class Type { Null, Bool, Number, String, Array, Object };
    explicit JsonText(Type type)
        : m_type(type)
    {}
    void write(QByteArray &out, int indent, bool pretty) const;
    bool isScalar() const { return m_type != Type::Array && m_type != Type::Object; }

    Type m_type;
    QString m_text;
    double m_number = 0;
    bool m_bool = false;
    QList<std::pair<QString, JsonText>> m_members;
    QList<JsonText> m_items;
};

} // namespace waymark
