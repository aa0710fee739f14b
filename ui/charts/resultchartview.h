// SPDX-License-Identifier: MIT
#pragma once

#include "tcoresult.h"

#include <QChartView>

class QAbstractAxis;
class QGraphicsSimpleTextItem;
class QLogValueAxis;
class QValueAxis;

namespace tco::ui {

/**
 * Base of the dashboard charts: one QChart kept for the widget's lifetime, a theme that follows
 * the application palette (light or dark, transparent background, palette text colour), a
 * centred message shown instead of the data, tooltips, and the axis-range helpers. Subclasses
 * plot what an engine::Result holds and never compute a cost.
 */
class ResultChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ResultChartView(QWidget *parent = nullptr);
    ~ResultChartView() override;

    /** The message shown instead of the data, empty while data is shown. */
    QString message() const;

    /** Fixed qualitative colour of the tier at @p tierIndex in Result::tiers. */
    static QColor tierColor(int tierIndex);

    /** Rounds [min, max] out to 1-2-5 steps and sets it with a matching tick count. */
    static void setNiceRange(QValueAxis *axis, double min, double max, int targetTicks = 6);
    /**
     * Rounds [min, max] (> 0) out to 1-2-5 values, widened to hold at least two powers of ten
     * (a QLogValueAxis labels only those).
     */
    static void setLogRange(QLogValueAxis *axis, double min, double max);

public Q_SLOTS:
    /** Plots @p result; @p selectedTier indexes Result::tiers (-1: none). Updates in place. */
    virtual void showResult(const tco::engine::Result &result, int selectedTier) = 0;

protected:
    /** Shows "No result yet". */
    void showNoResult();
    /** Keeps a copy of the last result, replotted after a language change. */
    void remember(const engine::Result &result, int selectedTier);
    /** Plots the remembered result again (after a setting that is not part of the result). */
    void replay();
    /** Fixed texts (titles); called on a language change before the result is replotted. */
    virtual void retranslate() { }
    /** Shows @p text centred over the chart and hides axes and legend; empty: shows the data. */
    void showMessage(const QString &text);
    /** Sets the theme from the application palette, then calls applyColors(). */
    void applyTheme();
    /** Colours of the series, after a theme change (themes reset them). */
    virtual void applyColors() { }
    /** The palette's text colour, used for labels and markers. */
    QColor textColor() const;
    /** Grid colour: the text colour, faint. */
    QColor gridColor() const;
    /** The text colour mixed into the window colour, opaque (textShare 0..1). */
    QColor mixedWithWindow(double textShare) const;
    bool isDark() const { return m_dark; }
    /** "12,345 USD" in the widget's locale. */
    QString money(double value, const QString &currency) const;
    /** Localized number with @p decimals decimals. */
    QString number(double value, int decimals = 0) const;
    void showToolTip(const QString &html);
    void hideToolTip();
    /** Label and title colours and fonts of one axis. */
    void styleAxis(QAbstractAxis *axis);

    void changeEvent(QEvent *event) override;

private:
    void centreMessage();

    engine::Result m_lastResult;
    int m_lastSelectedTier = -1;
    bool m_hasResult = false;
    QGraphicsSimpleTextItem *m_message = nullptr;
    bool m_dark = false;
    bool m_inTheme = false;
    bool m_themed = false;
};

} // namespace tco::ui
