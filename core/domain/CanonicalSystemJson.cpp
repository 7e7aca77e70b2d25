#include "CanonicalSystemJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace charter {

namespace {

// Writes JSON values exactly as QJsonDocument::toJson(Compact) writes them.
class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) {}

    void raw(const char *text) { m_out.append(text); }
    void raw(char c) { m_out.append(c); }
    void key(const char *name)
    {
        m_out.append('"');
        m_out.append(name);
        m_out.append("\":");
    }
    void null() { m_out.append("null"); }
    void integer(qint64 value) { m_out.append(QByteArray::number(value)); }

    // A string value (never null).
    void string(const QString &text)
    {
        const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *end = begin + text.size();
        for (const char16_t *p = begin; p != end; ++p) {
            if (*p >= 0xd800 && *p <= 0xdfff) {
                qtString(text);
                return;
            }
        }
        m_out.append('"');
        for (const char16_t *p = begin; p != end;) {
            // Runs of plain ASCII are copied in one go.
            const char16_t *run = p;
            while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
                ++p;
            if (p != run) {
                const qsizetype at = m_out.size();
                m_out.resize(at + (p - run));
                char *dst = m_out.data() + at;
                for (const char16_t *q = run; q != p; ++q)
                    *dst++ = char(*q);
            }
            if (p == end)
                break;
            const char16_t c = *p;
            if (c < 0x80) {
                escape(c);
                ++p;
                continue;
            }
            // Everything else (no surrogates here) is its UTF-8, as Qt writes it.
            const char16_t *wide = p;
            while (p != end && *p >= 0x80)
                ++p;
            m_out.append(QStringView(wide, p - wide).toUtf8());
        }
        m_out.append('"');
    }
    void stringLatin1(const char *text)
    {
        for (const char *p = text; *p; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                string(QString::fromLatin1(text));
                return;
            }
        }
        m_out.append('"');
        m_out.append(text);
        m_out.append('"');
    }

    // Empty text is null (Json.cpp's textValue).
    void text(const QString &value)
    {
        if (value.isEmpty())
            null();
        else
            string(value);
    }
    void reference(qint64 id)
    {
        if (id > 0)
            integer(id);
        else
            null();
    }
    void count(int value)
    {
        if (value >= 0)
            integer(value);
        else
            null();
    }
    void date(QDate value)
    {
        const int year = value.isValid() ? value.year() : 0;
        if (year >= 1 && year <= 9999) {
            char buffer[11];
            const int month = value.month();
            const int day = value.day();
            buffer[0] = char('0' + year / 1000);
            buffer[1] = char('0' + year / 100 % 10);
            buffer[2] = char('0' + year / 10 % 10);
            buffer[3] = char('0' + year % 10);
            buffer[4] = '-';
            buffer[5] = char('0' + month / 10);
            buffer[6] = char('0' + month % 10);
            buffer[7] = '-';
            buffer[8] = char('0' + day / 10);
            buffer[9] = char('0' + day % 10);
            buffer[10] = '\0';
            m_out.append('"');
            m_out.append(buffer, 10);
            m_out.append('"');
            return;
        }
        text(value.isValid() ? value.toString(Qt::ISODate) : QString());
    }
    template <typename E>
    void enumKey(E value)
    {
        for (const auto &entry : enumEntries<E>()) {
            if (entry.value == value) {
                stringLatin1(entry.key);
                return;
            }
        }
        string(QString()); // enumKey() of an unlisted value: ""
    }

private:
    void escape(char16_t c)
    {
        m_out.append('\\');
        switch (c) {
        case u'"': m_out.append('"'); break;
        case u'\\': m_out.append('\\'); break;
        case 0x08: m_out.append('b'); break;
        case 0x0c: m_out.append('f'); break;
        case 0x0a: m_out.append('n'); break;
        case 0x0d: m_out.append('r'); break;
        case 0x09: m_out.append('t'); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char sequence[5] = {'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            m_out.append(sequence, 5);
        }
        }
    }
    // Qt's own writer, for strings it treats specially (lone surrogates).
    void qtString(const QString &text)
    {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        m_out.append(QByteArrayView(array).sliced(1, array.size() - 2)); // without [ ]
    }

    QByteArray &m_out;
};

} // namespace

void appendCanonicalSystemJson(QByteArray &out, const AiSystem &system)
{
    // Keys in sorted order, as QJsonObject keeps them; version, createdAt and
    // updatedAt are left out (canonicalBytes).
    Writer w(out);
    w.raw("{");
    w.key("boundaries");
    w.raw('[');
    for (qsizetype i = 0; i < system.boundaries.size(); ++i) {
        const DecisionBoundary &b = system.boundaries.at(i);
        w.raw(i == 0 ? "{" : ",{");
        w.key("decision"); w.text(b.decision);
        w.raw(','); w.key("failureHandling"); w.text(b.failureHandling);
        w.raw(','); w.key("humanIntervention"); w.text(b.humanIntervention);
        w.raw(','); w.key("influence"); w.enumKey(b.influence);
        w.raw(','); w.key("uncertaintyReporting"); w.text(b.uncertaintyReporting);
        w.raw('}');
    }
    w.raw("],");
    w.key("businessUnit"); w.text(system.businessUnit);
    w.raw(','); w.key("dataSecurity");
    {
        const DataSecurity &d = system.data;
        w.raw('{');
        w.key("accessScope"); w.text(d.accessScope);
        w.raw(','); w.key("cloudConnectivity"); w.enumKey(d.cloudConnectivity);
        w.raw(','); w.key("credentialHandling"); w.text(d.credentialHandling);
        w.raw(','); w.key("dataResidency"); w.text(d.dataResidency);
        w.raw(','); w.key("externalProcessing"); w.enumKey(d.externalProcessing);
        w.raw(','); w.key("integrations"); w.text(d.integrations);
        w.raw(','); w.key("personalData"); w.enumKey(d.personalData);
        w.raw(','); w.key("productionData"); w.enumKey(d.productionData);
        w.raw(','); w.key("safetyRelated"); w.enumKey(d.safetyRelated);
        w.raw('}');
    }
    w.raw(','); w.key("deploymentModel"); w.enumKey(system.deploymentModel);
    w.raw(','); w.key("escalation");
    w.raw('[');
    for (qsizetype i = 0; i < system.escalation.size(); ++i) {
        const EscalationStep &s = system.escalation.at(i);
        w.raw(i == 0 ? "{" : ",{");
        w.key("channel"); w.text(s.channel);
        w.raw(','); w.key("personId"); w.reference(s.personId);
        w.raw(','); w.key("responseMinutes"); w.count(s.responseMinutes);
        w.raw(','); w.key("severity"); w.enumKey(s.severity);
        w.raw('}');
    }
    w.raw("],");
    w.key("externalReference"); w.text(system.externalReference);
    w.raw(','); w.key("id"); w.reference(system.id);
    w.raw(','); w.key("importNotes");
    w.raw('[');
    for (qsizetype i = 0; i < system.importNotes.size(); ++i) {
        if (i > 0)
            w.raw(',');
        w.string(system.importNotes.at(i)); // every note, "" too (textArray)
    }
    w.raw("],");
    w.key("lifecycle"); w.enumKey(system.lifecycle);
    w.raw(','); w.key("name"); w.text(system.name);
    w.raw(','); w.key("nextReview"); w.date(system.nextReview);
    w.raw(','); w.key("ownership");
    {
        const Ownership &o = system.ownership;
        w.raw('{');
        w.key("accountableOwnerId"); w.reference(o.accountableOwnerId);
        w.raw(','); w.key("businessOwnerId"); w.reference(o.businessOwnerId);
        w.raw(','); w.key("itContactId"); w.reference(o.itContactId);
        w.raw(','); w.key("supportOwnerId"); w.reference(o.supportOwnerId);
        w.raw(','); w.key("technicalOwnerId"); w.reference(o.technicalOwnerId);
        w.raw('}');
    }
    w.raw(','); w.key("purpose"); w.text(system.purpose);
    w.raw(','); w.key("regulatory");
    {
        const RegulatoryClassification &r = system.regulatory;
        w.raw('{');
        w.key("euAiActCategory"); w.enumKey(r.euAiActCategory);
        w.raw(','); w.key("euAiActRole"); w.enumKey(r.euAiActRole);
        w.raw(','); w.key("usOmbHighImpact"); w.enumKey(r.usOmbHighImpact);
        w.raw('}');
    }
    w.raw(','); w.key("support");
    {
        const SupportModel &s = system.support;
        w.raw('{');
        w.key("issueEscalation"); w.text(s.issueEscalation);
        w.raw(','); w.key("maintainer"); w.enumKey(s.maintainer);
        w.raw(','); w.key("updatePolicy"); w.text(s.updatePolicy);
        w.raw('}');
    }
    w.raw(','); w.key("vendorId"); w.reference(system.vendorId);
    w.raw(','); w.key("vendorUnknown"); w.raw(system.vendorUnknown ? "true" : "false");
    w.raw('}');
}

QByteArray canonicalSystemJson(const AiSystem &system)
{
    QByteArray out;
    out.reserve(2048);
    appendCanonicalSystemJson(out, system);
    return out;
}

} // namespace charter
