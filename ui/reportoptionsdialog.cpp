// SPDX-License-Identifier: MIT
#include "reportoptionsdialog.h"

#include "core/language.h"
#include "reportcharts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
const QString kCompanyKey = u"report/company"_s;
const QString kAuthorKey = u"report/author"_s;
const QString kPaperKey = u"report/paper"_s;
const QString kLanguageKey = u"report/language"_s;

/** Letter where it is the usual paper (the US and Canada), A4 elsewhere. */
QString defaultPaper()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? u"Letter"_s : u"A4"_s;
}
} // namespace

ReportOptionsDialog::ReportOptionsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Report"));
    setObjectName(u"reportOptionsDialog"_s);
    QSettings settings;
    auto *form = new QFormLayout(this);
    m_company = new QLineEdit(settings.value(kCompanyKey).toString(), this);
    m_company->setObjectName(u"company"_s);
    form->addRow(tr("&Company:"), m_company);
    m_author = new QLineEdit(settings.value(kAuthorKey).toString(), this);
    m_author->setObjectName(u"author"_s);
    form->addRow(tr("&Author:"), m_author);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"paper"_s);
    m_paper->addItem(tr("A4"), u"A4"_s);
    m_paper->addItem(tr("Letter"), u"Letter"_s);
    m_paper->setCurrentIndex(m_paper->findData(settings.value(kPaperKey, defaultPaper())));
    form->addRow(tr("&Paper:"), m_paper);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    for (const QString &code : app::availableLanguages())
        m_language->addItem(app::languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(settings.value(kLanguageKey, app::currentLanguage())));
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

report::PdfReportOptions ReportOptionsDialog::options() const
{
    report::PdfReportOptions o;
    o.language = report::languageFromName(m_language->currentData().toString()).value_or(report::Language::English);
    o.paper = report::paperFromName(m_paper->currentData().toString()).value_or(report::Paper::A4);
    o.company = m_company->text().trimmed();
    o.author = m_author->text().trimmed();
    o.chartPainter = reportChartPainter();
    return o;
}

void ReportOptionsDialog::accept()
{
    QSettings settings;
    settings.setValue(kCompanyKey, m_company->text().trimmed());
    settings.setValue(kAuthorKey, m_author->text().trimmed());
    settings.setValue(kPaperKey, m_paper->currentData());
    settings.setValue(kLanguageKey, m_language->currentData());
    QDialog::accept();
}

} // namespace tco::ui
