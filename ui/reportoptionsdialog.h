// SPDX-License-Identifier: MIT
#pragma once

#include "report/pdfreport.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tco::ui {

/** Company, author, paper and language of a PDF report; remembered between runs. */
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportOptionsDialog(QWidget *parent = nullptr);

    /** The options chosen (the chart painter is set; the date is today). */
    report::PdfReportOptions options() const;

    void accept() override;

private:
    QLineEdit *m_company = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace tco::ui
