#include "importreport.h"

#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark {

QByteArray ImportReport::toJson() const
{
    JsonText root = JsonText::object();
    root.set(u"rowsRead", rowsRead).set(u"rowsMatched", rowsMatched);
    root.set(u"rowsUnmatched", rowsUnmatched).set(u"rowsRejected", rowsRejected);
    JsonText values = JsonText::array();
    for (const UnmatchedValue &u : unmatched)
        values.append(JsonText::object().set(u"value", u.value).set(u"rows", u.rows));
    root.set(u"unmatched", values);
    if (unmatchedOther)
        root.set(u"unmatchedOther", unmatchedOther);
    JsonText rejects = JsonText::array();
    for (const RejectedAnswers &r : rejected) {
        JsonText examples = JsonText::array();
        for (const RejectedAnswers::Example &e : r.examples)
            examples.append(JsonText::object().set(u"line", e.line).set(u"value", e.value));
        rejects.append(JsonText::object()
                               .set(u"metric", r.metric)
                               .set(u"column", r.column)
                               .set(u"answers", r.answers)
                               .set(u"examples", examples));
    }
    root.set(u"rejected", rejects);
    JsonText blanks = JsonText::array();
    for (const BlankAnswers &b : blank) {
        blanks.append(JsonText::object()
                              .set(u"metric", b.metric)
                              .set(u"column", b.column)
                              .set(u"rows", b.rows));
    }
    root.set(u"blank", blanks);
    root.set(u"badDates", badDates);
    return root.toJson(false);
}

ImportReport ImportReport::fromJson(const QByteArray &json)
{
    ImportReport r;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    r.rowsRead = o.value(u"rowsRead").toInteger();
    r.rowsMatched = o.value(u"rowsMatched").toInteger();
    r.rowsUnmatched = o.value(u"rowsUnmatched").toInteger();
    r.rowsRejected = o.value(u"rowsRejected").toInteger();
    r.unmatchedOther = o.value(u"unmatchedOther").toInteger();
    r.badDates = o.value(u"badDates").toInteger();
    for (const QJsonValue &v : o.value(u"unmatched").toArray()) {
        const QJsonObject u = v.toObject();
        r.unmatched.append({u.value(u"value").toString(), u.value(u"rows").toInteger()});
    }
    for (const QJsonValue &v : o.value(u"rejected").toArray()) {
        const QJsonObject j = v.toObject();
        RejectedAnswers a;
        a.metric = j.value(u"metric").toString();
        a.column = j.value(u"column").toString();
        a.answers = j.value(u"answers").toInteger();
        for (const QJsonValue &e : j.value(u"examples").toArray()) {
            a.examples.append({e.toObject().value(u"line").toInteger(),
                               e.toObject().value(u"value").toString()});
        }
        r.rejected.append(a);
    }
    for (const QJsonValue &v : o.value(u"blank").toArray()) {
        const QJsonObject b = v.toObject();
        r.blank.append({b.value(u"metric").toString(), b.value(u"column").toString(),
                        b.value(u"rows").toInteger()});
    }
    return r;
}

} // namespace waymark
