#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace waymark {
class Document;
struct Journey;
} // namespace waymark

namespace waymark::cli {

// A subcommand's options: QCommandLineParser with Waymark's usage errors
// (exit 2) and help text.
class Options
{
public:
    Options(const QString &command, const QString &description);

    void positional(const QString &name, const QString &description);
    void flag(const QString &name, const QString &description);
    void value(const QString &name, const QString &valueName, const QString &description,
               const QString &shortName = {});

    // False when the command line is wrong or help was shown; `exit` says
    // what to return then.
    bool parse(const QStringList &args, int minPositional, int maxPositional, int *exit);

    QStringList positionals() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString get(const QString &name) const { return m_parser.value(name); }
    QString command() const { return m_command; }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Opens a document for a subcommand; prints the reason and returns null when
// it cannot be opened, or (with `writable`) cannot be written now.
std::unique_ptr<Document> openForCommand(const QString &path, bool writable,
                                         int *fileVersion = nullptr);

// The journey named by --journey (id or name), or every journey when empty.
// Prints an error naming the journeys there are when none matches.
bool pickJourneys(const Document &doc, const QString &idOrName, QStringList *ids);

} // namespace waymark::cli
