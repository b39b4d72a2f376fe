// The stored form of an import's result (observedjson.h), written straight
// into one buffer: with tens of thousands of transitions a tree of JSON
// values cost more than the rest of a million-event import. Read back by
// observedFromStorage (QJsonDocument), which checks what it reads.
#include "observedjson.h"

#include <cmath>
#include <optional>

namespace waymark {

namespace {

class StoredJson
{
public:
    QByteArray take() { return std::move(m_out); }

    StoredJson &raw(const char *text)
    {
        m_out.append(text);
        return *this;
    }
    StoredJson &key(const char *name)
    {
        comma();
        m_out.append('"').append(name).append("\":");
        m_first = false;
        return *this;
    }
    StoredJson &key(const QString &name)
    {
        comma();
        string(name);
        m_out.append(':');
        m_first = false;
        return *this;
    }
    StoredJson &open(char bracket)
    {
        m_out.append(bracket);
        m_first = true;
        return *this;
    }
    StoredJson &close(char bracket)
    {
        m_out.append(bracket);
        m_first = false;
        return *this;
    }
    // A value in an array.
    StoredJson &item()
    {
        comma();
        m_first = false;
        return *this;
    }
    StoredJson &number(qint64 v)
    {
        m_out.append(QByteArray::number(v));
        return *this;
    }
    StoredJson &number(double v)
    {
        // Seventeen digits come back as the same double.
        if (std::isfinite(v))
            m_out.append(QByteArray::number(v, 'g', 17));
        else
            m_out.append("null");
        return *this;
    }
    StoredJson &number(const std::optional<double> &v) { return v ? number(*v) : raw("null"); }
    StoredJson &boolean(bool v) { return raw(v ? "true" : "false"); }
    StoredJson &string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_out.append('"');
        for (const char c : utf8) {
            if (c == '"' || c == '\\') {
                m_out.append('\\').append(c);
            } else if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00").append(hex[uchar(c) >> 4]).append(hex[uchar(c) & 15]);
            } else {
                m_out.append(c);
            }
        }
        m_out.append('"');
        return *this;
    }
    StoredJson &stringOrNull(const QString &text)
    {
        return text.isEmpty() ? raw("null") : string(text);
    }

private:
    void comma()
    {
        if (!m_first)
            m_out.append(',');
    }

    QByteArray m_out;
    bool m_first = true;
};

} // namespace

QByteArray observedToStorage(const ObservedJourney &o)
{
    StoredJson j;
    j.open('{');
    j.key("cases").number(o.cases);
    j.key("events").number(o.events);
    j.key("unmatchedEvents").number(o.unmatchedEvents);
    j.key("reachedGoal").number(o.reachedGoal);
    j.key("conformant").number(o.conformant);
    j.key("transitions").open('[');
    for (const ObservedTransition &t : o.transitions) {
        j.item().open('{');
        j.key("from").string(t.from);
        j.key("to").string(t.to);
        j.key("count").number(t.count);
        j.key("cases").number(t.cases);
        j.key("share").number(t.share);
        j.key("planned").boolean(t.planned);
        j.key("link").stringOrNull(t.link);
        j.close('}');
    }
    j.close(']');
    j.key("variants").open('[');
    for (const ObservedVariant &v : o.variants) {
        j.item().open('{');
        j.key("steps").open('[');
        for (const QString &id : v.steps)
            j.item().string(id);
        j.close(']');
        j.key("cases").number(v.cases);
        j.key("conformant").boolean(v.conformant);
        j.close('}');
    }
    j.close(']');
    j.key("steps").open('{');
    for (const ObservedStep &s : o.steps) {
        j.key(s.id).open('{');
        j.key("visits").number(s.visits);
        j.key("cases").number(s.cases);
        j.key("dropOff").number(s.dropOff);
        j.key("medianMinutes").number(s.medianMinutes);
        j.key("p90Minutes").number(s.p90Minutes);
        if (!o.channelColumn.isEmpty()) {
            j.key("channels").open('{');
            for (const ObservedChannel &c : s.channels)
                j.key(c.value).number(c.visits);
            j.close('}');
        }
        j.close('}');
    }
    j.close('}');
    const ObservedDeviations &d = o.deviations;
    j.key("deviations").open('{');
    j.key("skipped").number(d.skipped);
    j.key("backtrack").number(d.backtrack);
    j.key("adHoc").number(d.adHoc);
    j.key("repeated").number(d.repeated);
    j.key("incomplete").number(d.incomplete);
    j.close('}');
    j.key("journey").string(o.journey);
    j.key("source").string(o.source);
    j.key("importedAt").string(o.importedAt.toUTC().toString(Qt::ISODateWithMs));
    j.key("rows").number(o.rows);
    j.key("variantCount").number(o.variantCount);
    j.key("unmatched").open('[');
    for (const UnmatchedActivity &u : o.unmatched) {
        j.item().open('{');
        j.key("activity").string(u.activity);
        j.key("events").number(u.events);
        j.close('}');
    }
    j.close(']');
    j.key("paths").open('{');
    j.key("steps").open('[');
    for (const QString &id : o.paths.steps)
        j.item().string(id);
    j.close(']');
    j.key("data").raw("\"").raw(o.paths.data.toBase64().constData()).raw("\"");
    if (!o.segmentColumn.isEmpty()) {
        j.key("segments").open('[');
        for (const QString &v : o.paths.segments)
            j.item().string(v);
        j.close(']');
        j.key("segmentData").raw("\"").raw(o.paths.segmentData.toBase64().constData()).raw("\"");
    }
    j.close('}');
    if (!o.channelColumn.isEmpty())
        j.key("channelColumn").string(o.channelColumn);
    if (!o.segmentColumn.isEmpty()) {
        j.key("segmentColumn").string(o.segmentColumn);
        j.key("segments").open('[');
        for (const ObservedSegment &g : o.segments) {
            j.item().open('{');
            j.key("value").string(g.value);
            j.key("cases").number(g.cases);
            j.key("reachedGoal").number(g.reachedGoal);
            j.key("conformant").number(g.conformant);
            j.close('}');
        }
        j.close(']');
    }
    // QJsonObject sorts its keys: the journey order of the steps goes beside them.
    j.key("stepOrder").open('[');
    for (const ObservedStep &s : o.steps)
        j.item().string(s.id);
    j.close(']');
    j.close('}');
    return j.take();
}

} // namespace waymark
