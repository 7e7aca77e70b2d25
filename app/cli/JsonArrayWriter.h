#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTextStream>

namespace charter::cli {

// Writes a JSON array of flat objects to a text stream as it goes, in the layout of
// QJsonDocument::Indented, with the keys in the order given. Keys are ASCII literals.
// Used where a listing can hold a whole register, so nothing is built in memory first.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &out);
    JsonArrayWriter(const JsonArrayWriter &) = delete;
    JsonArrayWriter &operator=(const JsonArrayWriter &) = delete;

    void beginObject();
    void endObject();
    void number(const char *key, qint64 value);
    void text(const char *key, QStringView value);
    // An empty text is written as null: the register's "not recorded".
    void textOrNull(const char *key, QStringView value);
    // An ISO 8601 date, or null when the date is not set.
    void date(const char *key, QDate value);
    // Closes the array and writes out what is buffered.
    void finish();

private:
    void key(const char *name);
    void appendString(QStringView value);
    void appendRaw(const char *text);
    void appendRaw(const char *data, qsizetype count);
    void appendAscii(const char16_t *chars, qsizetype count);
    void appendEscaped(char16_t c);
    char *claim(qsizetype count);
    void flushIfFull();
    void flush();

    QTextStream &m_out;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    bool m_firstObject = true;
    bool m_firstMember = true;
};

} // namespace charter::cli
