#include "json/jsontext.h"

#include <QLocale>

#include <cmath>

namespace waymark {

namespace {

// UTF-8 for all of Unicode: runs of ordinary characters are converted
// together, so a surrogate pair (emoji, CJK Extension B) stays one character
// instead of two lone halves that each turn into '?'. A lone surrogate (not
// valid Unicode, so not writable as UTF-8) becomes U+FFFD.
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype run = 0; // start of the pending run of ordinary characters
    auto flush = [&](qsizetype upTo) {
        if (upTo > run)
            out += QStringView(data + run, upTo - run).toUtf8();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = data[i];
        const char *escape = nullptr;
        switch (u) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        default:
            break;
        }
        const bool high = QChar::isHighSurrogate(u);
        const bool paired = high && i + 1 < n && QChar::isLowSurrogate(data[i + 1]);
        if (paired) {
            ++i; // both halves stay in the run
            continue;
        }
        const bool lone = high || QChar::isLowSurrogate(u);
        if (!escape && u >= 0x20 && !lone)
            continue;
        flush(i);
        run = i + 1;
        if (escape) {
            out += escape;
        } else if (lone) {
            out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
        } else {
            out += "\\u00";
            out += QByteArray::number(uint(u), 16).rightJustified(2, '0');
        }
    }
    flush(n);
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

JsonText JsonText::array(const QStringList &items)
{
    JsonText list = array();
    for (const QString &item : items)
        list.append(item);
    return list;
}

JsonText JsonText::rounded(double value)
{
    return JsonText(std::round(value * 1e6) / 1e6);
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
