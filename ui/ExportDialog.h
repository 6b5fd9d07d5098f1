#pragma once

#include "ChartExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File > Export chart...: format, size (presets or custom), scale, and where to write.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `baseName` names the file without folder or suffix, e.g. revenue-mix_1Q13_en.
    ExportDialog(const QString &folder, const QString &baseName, QWidget *parent = nullptr);

    ChartExporter::Request request() const;
    QString path() const;
    void setFormat(ChartExporter::Format format);

private:
    void updateControls();
    void browse();

    QString m_baseName;
    QComboBox *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_pixels;
    QDialogButtonBox *m_buttons;
};
