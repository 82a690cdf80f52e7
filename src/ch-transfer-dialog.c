/* ch-transfer-dialog.c: how far an import or an export has come
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-transfer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-transfer-dialog.h"

struct _ChTransferDialog
{
  AdwMessageDialog  parent_instance;

  ChTransfer       *transfer;
  GCancellable     *cancellable;
  guint             pulse_source;

  /* Template widgets */
  GtkProgressBar   *progress_bar;
};

G_DEFINE_FINAL_TYPE (ChTransferDialog, ch_transfer_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_TRANSFER,
  PROP_CANCELLABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_basename (path) : g_file_get_uri (file);
}

static void
update_text (ChTransferDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  g_autofree char *name = dup_display_name (ch_transfer_get_file (self->transfer));
  g_autofree char *heading = NULL;

  switch (ch_transfer_get_kind (self->transfer))
    {
    case CH_TRANSFER_IMPORT_NEW:
    case CH_TRANSFER_IMPORT_MERGE:
      /* Translators: %s is a file name */
      heading = g_strdup_printf (_("Importing “%s”"), name);
      adw_message_dialog_set_body (dialog, _("If you cancel, nothing is imported."));
      break;

    case CH_TRANSFER_EXPORT_XML:
    case CH_TRANSFER_EXPORT_CSV:
    case CH_TRANSFER_EXPORT_MARKDOWN:
    default:
      /* Translators: %s is a file name */
      heading = g_strdup_printf (_("Exporting “%s”"), name);
      adw_message_dialog_set_body (dialog, _("If you cancel, nothing is written."));
      break;
    }

  adw_message_dialog_set_heading (dialog, heading);
}

/* Until the first progress comes (CSV and Markdown have none), the bar
 * shows that something is going on. */
static gboolean
pulse_cb (gpointer user_data)
{
  ChTransferDialog *self = user_data;

  if (ch_transfer_get_fraction (self->transfer) > 0.0)
    {
      self->pulse_source = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
ch_transfer_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  ChTransferDialog *self = CH_TRANSFER_DIALOG (dialog);

  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (self->cancellable);
}

static void
ch_transfer_dialog_constructed (GObject *object)
{
  ChTransferDialog *self = CH_TRANSFER_DIALOG (object);

  G_OBJECT_CLASS (ch_transfer_dialog_parent_class)->constructed (object);

  g_assert (CH_IS_TRANSFER (self->transfer));

  update_text (self);
  g_object_bind_property (self->transfer, "fraction",
                          self->progress_bar, "fraction",
                          G_BINDING_SYNC_CREATE);
  if (ch_transfer_get_fraction (self->transfer) == 0.0)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
}

static void
ch_transfer_dialog_dispose (GObject *object)
{
  ChTransferDialog *self = CH_TRANSFER_DIALOG (object);

  g_clear_handle_id (&self->pulse_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_TRANSFER_DIALOG);

  g_clear_object (&self->transfer);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ch_transfer_dialog_parent_class)->dispose (object);
}

static void
ch_transfer_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChTransferDialog *self = CH_TRANSFER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TRANSFER:
      g_value_set_object (value, self->transfer);
      break;

    case PROP_CANCELLABLE:
      g_value_set_object (value, self->cancellable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_transfer_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChTransferDialog *self = CH_TRANSFER_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TRANSFER:
      self->transfer = g_value_dup_object (value);
      break;

    case PROP_CANCELLABLE:
      self->cancellable = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_transfer_dialog_class_init (ChTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = ch_transfer_dialog_constructed;
  object_class->dispose = ch_transfer_dialog_dispose;
  object_class->get_property = ch_transfer_dialog_get_property;
  object_class->set_property = ch_transfer_dialog_set_property;

  dialog_class->response = ch_transfer_dialog_response;

  /**
   * ChTransferDialog:transfer:
   *
   * The import or export running, whose progress the dialog shows.
   */
  properties[PROP_TRANSFER] =
    g_param_spec_object ("transfer", NULL, NULL,
                         CH_TYPE_TRANSFER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * ChTransferDialog:cancellable: (nullable)
   *
   * Cancelled by the Cancel button (and by Escape).
   */
  properties[PROP_CANCELLABLE] =
    g_param_spec_object ("cancellable", NULL, NULL,
                         G_TYPE_CANCELLABLE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/charrette/Charrette/ch-transfer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ChTransferDialog, progress_bar);
}

static void
ch_transfer_dialog_init (ChTransferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ch_transfer_dialog_new:
 * @parent: the window the transfer belongs to
 * @transfer: a transfer that runs
 * @cancellable: (nullable): what its Cancel button cancels
 *
 * Returns: (transfer none): a new modal dialog, not shown yet
 */
GtkWidget *
ch_transfer_dialog_new (GtkWindow    *parent,
                        ChTransfer   *transfer,
                        GCancellable *cancellable)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CH_IS_TRANSFER (transfer), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  return g_object_new (CH_TYPE_TRANSFER_DIALOG,
                       "transient-for", parent,
                       "transfer", transfer,
                       "cancellable", cancellable,
                       NULL);
}

/**
 * ch_transfer_dialog_get_transfer:
 *
 * Returns: (transfer none): the transfer shown
 */
ChTransfer *
ch_transfer_dialog_get_transfer (ChTransferDialog *self)
{
  g_return_val_if_fail (CH_IS_TRANSFER_DIALOG (self), NULL);

  return self->transfer;
}

/**
 * ch_transfer_dialog_get_cancellable:
 *
 * Returns: (transfer none) (nullable): what the Cancel button cancels
 */
GCancellable *
ch_transfer_dialog_get_cancellable (ChTransferDialog *self)
{
  g_return_val_if_fail (CH_IS_TRANSFER_DIALOG (self), NULL);

  return self->cancellable;
}
