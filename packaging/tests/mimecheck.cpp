// Prints the MIME type Qt's shared-mime-info reader gives each file, by
// content only and by name and content, so the packaging test can check the
// installed application/x-waymark definition (XDG_DATA_DIRS picks the tree).

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QMimeDatabase db;
    const QStringList files = app.arguments().mid(1);
    for (const QString &file : files) {
        const QMimeType byContent = db.mimeTypeForFile(file, QMimeDatabase::MatchContent);
        const QMimeType byBoth = db.mimeTypeForFile(file);
        out << file << u' ' << byContent.name() << u' ' << byBoth.name() << u'\n';
    }
    const QMimeType waymark = db.mimeTypeForName(QStringLiteral("application/x-waymark"));
    out << "comment " << waymark.comment() << u'\n';
    return 0;
}
