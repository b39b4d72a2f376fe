#include "json/jsontext.h"

#include <QLocale>

#include <cmath>

namespace waymark {

namespace {

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += QString(c).toUtf8();
            }
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        out += QByteArray::number(qint64(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

JsonText &JsonText::set(const QString &key, JsonText value)
{
    for (auto &member : m_members) {
        if (member.first == key) {
            member.second = std::move(value);
            return *this;
        }
    }
    m_members.append({key, std::move(value)});
    return *this;
}

JsonText &JsonText::append(JsonText value)
{
    m_items.append(std::move(value));
    return *this;
}

qsizetype JsonText::size() const
{
    return m_type == Type::Object ? m_members.size() : m_items.size();
}

QByteArray JsonText::toJson(bool pretty) const
{
    QByteArray out;
    write(out, 0, pretty);
    if (pretty)
        out += '\n';
    return out;
}

void JsonText::write(QByteArray &out, int indent, bool pretty) const
{
    const QByteArray pad = pretty ? QByteArray(indent + 2, ' ') : QByteArray();
    const QByteArray closePad = pretty ? QByteArray(indent, ' ') : QByteArray();
    const char *newline = pretty ? "\n" : "";
    switch (m_type) {
    case Type::Null:
        out += "null";
        return;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Type::Number:
        writeNumber(out, m_number);
        return;
    case Type::String:
        writeString(out, m_text);
        return;
    case Type::Array: {
        if (m_items.isEmpty()) {
            out += "[]";
            return;
        }
        bool flat = true;
        for (const JsonText &item : m_items)
            flat = flat && item.isScalar();
        if (flat || !pretty) {
            out += '[';
            for (int i = 0; i < m_items.size(); ++i) {
                if (i)
                    out += pretty ? ", " : ",";
                m_items[i].write(out, indent, pretty);
            }
            out += ']';
            return;
        }
        out += '[';
        out += newline;
        for (int i = 0; i < m_items.size(); ++i) {
            out += pad;
            m_items[i].write(out, indent + 2, pretty);
            if (i + 1 < m_items.size())
                out += ',';
            out += newline;
        }
        out += closePad;
        out += ']';
        return;
    }
    case Type::Object: {
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += '{';
        out += newline;
        for (int i = 0; i < m_members.size(); ++i) {
            out += pad;
            writeString(out, m_members[i].first);
            out += pretty ? ": " : ":";
            m_members[i].second.write(out, indent + 2, pretty);
            if (i + 1 < m_members.size())
                out += ',';
            out += newline;
        }
        out += closePad;
        out += '}';
        return;
    }
    }
}

} // namespace waymark
