#include "options.h"

#include "cli.h"
#include "document/document.h"
#include "storage/documentfile.h"
#include "teamstore/teamdocument.h"

#include <QCoreApplication>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

Options::Options(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void Options::positional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

void Options::flag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void Options::value(const QString &name, const QString &valueName, const QString &description,
                    const QString &shortName)
{
    QStringList names{name};
    if (!shortName.isEmpty())
        names.prepend(shortName);
    m_parser.addOption(QCommandLineOption(names, description, valueName));
}

bool Options::parse(const QStringList &args, int minPositional, int maxPositional, int *exit)
{
    if (!m_parser.parse(QStringList{QStringLiteral("waymark ") + m_command} + args)) {
        *exit = usageError(m_command, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by the path it was started with; the user
        // typed "waymark COMMAND".
        QString text = m_parser.helpText();
        const qsizetype end = text.indexOf(u'\n');
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (options > 0 && options < end)
            text.replace(0, options, tr("Usage: waymark %1").arg(m_command));
        printOut(text);
        *exit = Ok;
        return false;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional) {
        *exit = usageError(m_command, tr("missing arguments"));
        return false;
    }
    if (maxPositional >= 0 && n > maxPositional) {
        *exit = usageError(m_command,
                           tr("unexpected argument \"%1\"")
                                   .arg(m_parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

std::unique_ptr<Document> openForCommand(const QString &path, bool writable, int *fileVersion)
{
    // A .cjm file or a team workspace URI.
    OpenResult result = openAnyDocument(path, writable ? OpenMode::Edit : OpenMode::ReadOnly);
    if (fileVersion)
        *fileVersion = result.fileVersion;
    if (!result.document) {
        printError(result.error);
        return nullptr;
    }
    if (writable && result.document->isReadOnly()) {
        printError(result.document->readOnlyReason());
        return nullptr;
    }
    if (writable && !result.notice.isEmpty())
        printInfo(result.notice);
    return std::move(result.document);
}

bool pickJourneys(const Document &doc, const QString &idOrName, QStringList *ids)
{
    ids->clear();
    const Workspace &ws = doc.workspace();
    if (idOrName.isEmpty()) {
        for (const Journey &j : ws.journeys)
            ids->append(j.id);
        return true;
    }
    if (const Journey *j = ws.journey(idOrName)) {
        ids->append(j->id);
        return true;
    }
    QStringList names;
    for (const Journey &j : ws.journeys)
        names.append(QStringLiteral("\"%1\" (%2)").arg(j.name, j.id));
    printError(names.isEmpty() ? tr("no journey \"%1\": the file has no journeys").arg(idOrName)
                               : tr("no journey \"%1\"; the file has: %2")
                                         .arg(idOrName, names.join(QStringLiteral(", "))));
    return false;
}

} // namespace waymark::cli
