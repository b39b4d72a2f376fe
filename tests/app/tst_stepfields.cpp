// The table of step fields (core/model/stepfields.h) reaches its three users:
// every field of the table goes through the JSON writer and reader, through
// the set-field command (with its undo text, and undo), and through the
// inspector's controller (MapEditor::step shows it, CardEditor::setStepField
// writes what it shows back), on a real sample file. A field added to the
// table is tested here without a line of this test changing.

#include "cardeditor.h"
#include "commands/applytemplate.h"
#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/undostack.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/jsonexport.h"
#include "formats/jsonimport.h"
#include "mapeditor.h"
#include "model/picture.h"
#include "model/stepfields.h"
#include "storage/documentfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace waymark;

namespace {

// The first step of the first journey of a JSON document, as written.
QJsonObject firstStep(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject j = root.value(QStringLiteral("journeys")).toArray().first().toObject();
    return j.value(QStringLiteral("steps")).toArray().first().toObject();
}

} // namespace

class TestStepFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tableIsWellFormed();
    void everyFieldRoundTripsThroughJson();
    void noneIsLeftOutOfJson();
    void everyFieldThroughTheCommandAndUndo();
    void everyFieldThroughTheInspector();

private:
    Document *doc() const { return m_controller->document(); }
    const Journey &journey() const { return *doc()->workspace().journey(m_journeyId); }
    // A value of `field` (in the table's form) that `step` does not have.
    QVariant sample(const StepField &field, const Step &step) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MapEditor> m_editor;
    QString m_journeyId;
    QString m_pictureId;
};

void TestStepFields::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("sample.cjm"));
    {
        OpenResult created = createDocument(path);
        QVERIFY2(created.document, qPrintable(created.error));
        QString error;
        QVERIFY2(applyTemplate(created.document.get(), Template::Sample, &error),
                 qPrintable(error));
        // A picture in the file, for the fields that name one.
        QImage image(8, 6, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        Picture picture;
        QVERIFY2(pictureFromImage(image, &picture, &error), qPrintable(error));
        QVERIFY2(created.document->insertPicture(picture, &error), qPrintable(error));
        m_pictureId = picture.id;
    }
    m_controller = std::make_unique<DocumentController>();
    QVERIFY(m_controller->open(path));
    QVERIFY(!m_controller->readOnly());
    m_journeyId = doc()->workspace().journeys.first().id;
    QVERIFY(journey().steps.size() >= 2);
    m_editor = std::make_unique<MapEditor>();
    m_editor->setDocument(m_controller.get());
    m_editor->setJourneyId(m_journeyId);
}

void TestStepFields::cleanup()
{
    m_editor.reset();
    m_controller.reset();
    m_dir.reset();
}

QVariant TestStepFields::sample(const StepField &field, const Step &step) const
{
    const QVariant current = field.get(step);
    switch (field.kind) {
    case StepFieldKind::Text:
        if (field.ref == StepFieldRef::Channel) {
            for (const Channel &c : doc()->workspace().channels) {
                if (c.id != current.toString())
                    return c.id;
            }
            return {};
        }
        if (field.ref == StepFieldRef::Picture)
            return m_pictureId;
        return QStringLiteral("%1 of the test").arg(field.name());
    case StepFieldKind::Int:
        for (int n = field.min; n <= field.max; ++n) {
            if (current != QVariant(n))
                return n;
        }
        return {};
    case StepFieldKind::Bool:
        return !current.toBool();
    case StepFieldKind::Enum:
        for (const QString &name : field.choices()) {
            if (name != current.toString())
                return name;
        }
        return {};
    case StepFieldKind::List:
        return QStringList{QStringLiteral("alpha"), QStringLiteral("beta gamma")};
    case StepFieldKind::Date:
        return QDate(2027, 2, 3);
    case StepFieldKind::Color:
        return QStringLiteral("#12ab5c");
    }
    return {};
}

void TestStepFields::tableIsWellFormed()
{
    QVERIFY(stepFields().size() >= 15);
    QStringList keys;
    for (const StepField &field : stepFields()) {
        QVERIFY2(!keys.contains(field.name()), qPrintable(field.name()));
        keys.append(field.name());
        QCOMPARE(stepField(field.name()), &field);
        QVERIFY(field.get && field.set);
        if (field.kind == StepFieldKind::Enum)
            QVERIFY(field.choices && !field.choices().isEmpty());
        if (field.kind == StepFieldKind::Int)
            QVERIFY(field.min < field.max);
        // The undo text is translatable: it is a "Commands" message.
        if (field.undoText)
            QVERIFY(!QCoreApplication::translate("Commands", field.undoText).isEmpty());
    }
    QVERIFY(!stepField(u"id") && !stepField(u"stage") && !stepField(u"order"));
    QVERIFY(!stepField(u"nonsense"));
}

void TestStepFields::everyFieldRoundTripsThroughJson()
{
    Workspace ws = doc()->workspace();
    Journey &j = ws.journeys.first();
    Step &s = j.steps.first();
    for (const StepField &field : stepFields()) {
        const QVariant value = sample(field, s);
        QVERIFY2(value.isValid(), qPrintable(field.name()));
        QVERIFY2(field.set(s, value), qPrintable(field.name()));
        QCOMPARE(field.get(s), value);
    }
    const QByteArray json = exportJson(ws, {j.id});
    const QJsonObject written = firstStep(json);
    Workspace read;
    QStringList warnings;
    QString error;
    QVERIFY2(readJson(json, &read, &warnings, &error), qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    const Step *back = read.journeys.first().step(s.id);
    QVERIFY(back);
    for (const StepField &field : stepFields()) {
        QVERIFY2(written.contains(field.name()), qPrintable(field.name()));
        QCOMPARE(field.get(*back), field.get(s));
    }
    QCOMPARE(*back, s);
}

void TestStepFields::noneIsLeftOutOfJson()
{
    Workspace ws = doc()->workspace();
    Step &s = ws.journeys.first().steps.first();
    int omitted = 0;
    for (const StepField &field : stepFields()) {
        if (field.omitWhenNone) {
            QVERIFY(field.set(s, field.get(Step{})));
            QVERIFY2(StepField::isNone(field.get(s)), qPrintable(field.name()));
            ++omitted;
        }
    }
    QVERIFY(omitted >= 4);
    const QByteArray json = exportJson(ws, {ws.journeys.first().id});
    const QJsonObject written = firstStep(json);
    Workspace read;
    QString error;
    QVERIFY2(readJson(json, &read, nullptr, &error), qPrintable(error));
    for (const StepField &field : stepFields()) {
        QCOMPARE(written.contains(field.name()), !field.omitWhenNone);
        QCOMPARE(field.get(*read.journeys.first().step(s.id)), field.get(s));
    }
}

void TestStepFields::everyFieldThroughTheCommandAndUndo()
{
    const QString id = journey().steps.first().id;
    UndoStack *undo = m_controller->undoStack();
    for (const StepField &field : stepFields()) {
        const Step before = *journey().step(id);
        const QVariant value = sample(field, before);
        QString error;
        DocumentCommand *command
                = makeStepFieldCommand(doc(), m_journeyId, {id}, field.name(), value, &error);
        if (!field.undoText) { // a command of its own (the picture)
            QVERIFY2(!command, qPrintable(field.name()));
            QVERIFY(error.contains(field.name()));
            continue;
        }
        QVERIFY2(command, qPrintable(field.name() + QStringLiteral(": ") + error));
        QCOMPARE(command->text(), QCoreApplication::translate("Commands", field.undoText));
        QCOMPARE(command->id() >= 0, field.mergesTyping);
        const int count = undo->count();
        undo->push(command);
        QCOMPARE(undo->count(), count + 1);
        QCOMPARE(undo->undoText(), QCoreApplication::translate("Commands", field.undoText));
        QCOMPARE(field.get(*journey().step(id)), value);
        undo->undo();
        QCOMPARE(*journey().step(id), before);
        undo->redo();
        QCOMPARE(field.get(*journey().step(id)), value);
    }
    // Everything went to the file: it opens with the values.
    const Step edited = *journey().step(id);
    m_editor.reset();
    m_controller->close();
    QVERIFY(m_controller->open(m_dir->filePath(QStringLiteral("sample.cjm"))));
    QCOMPARE(*journey().step(id), edited);
}

void TestStepFields::everyFieldThroughTheInspector()
{
    const QString shown = journey().steps.at(0).id;
    const QString target = journey().steps.at(1).id;
    CardEditor *cards = m_editor->cards();
    for (const StepField &field : stepFields()) {
        Step source = *journey().step(shown);
        const QVariant value = sample(field, *journey().step(target));
        QVERIFY2(field.set(source, value), qPrintable(field.name()));
        QString error;
        QVERIFY2(doc()->updateSteps(m_journeyId, {source}, &error), qPrintable(error));

        // What the inspector shows of the first card, typed into the second.
        const QVariantMap inspector = m_editor->step(shown);
        QVERIFY2(inspector.contains(field.name()), qPrintable(field.name()));
        const bool written
                = cards->setStepField({target}, field.name(), inspector.value(field.name()));
        if (!field.undoText) {
            QVERIFY2(!written, qPrintable(field.name()));
            continue;
        }
        QVERIFY2(written, qPrintable(field.name()));
        QCOMPARE(field.get(*journey().step(target)), value);
        QCOMPARE(m_editor->step(target).value(field.name()), inspector.value(field.name()));
    }
}

QTEST_MAIN(TestStepFields)
#include "tst_stepfields.moc"
