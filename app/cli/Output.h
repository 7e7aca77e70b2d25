#pragma once

#include "domain/RegistryRow.h"
#include "register/RegisterService.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

// How charter-cli prints the register: tables for people, JSON and CSV for machines.
namespace charter::cli {

void writeRegistryTable(QTextStream &out, const QList<RegistryRow> &rows);
void writeRegistryJson(QTextStream &out, const QList<RegistryRow> &rows);
void writeRegistryCsv(QTextStream &out, const QList<RegistryRow> &rows);

QJsonObject riskJson(const RiskAssessment &risk);
QJsonObject systemDetailsJson(const SystemDetails &details);

void writeRiskText(QTextStream &out, const AiSystem &system, const RiskAssessment &risk,
                   const QString &policyName);
void writeSystemText(QTextStream &out, const SystemDetails &details);

} // namespace charter::cli
