/* ch-start-page.c: the projects of the library, to open, create or remove
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-application.h"
#include "ch-project-row.h"
#include "ch-start-page.h"
#include "ch-window.h"

struct _ChStartPage
{
  AdwBin         parent_instance;

  ChLibrary        *library;
  GtkNativeDialog  *file_chooser;

  /* Template widgets */
  GtkStack         *content_stack;
  GtkListView      *list_view;
  GtkNoSelection   *selection;
};

G_DEFINE_FINAL_TYPE (ChStartPage, ch_start_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

enum {
  OPEN_PROJECT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static ChWindow *
get_window (ChStartPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return CH_IS_WINDOW (root) ? CH_WINDOW (root) : NULL;
}

static ChApplication *
get_application (ChStartPage *self)
{
  ChWindow *window = get_window (self);
  GtkApplication *application;

  if (window == NULL)
    return NULL;

  application = gtk_window_get_application (GTK_WINDOW (window));
  return CH_IS_APPLICATION (application) ? CH_APPLICATION (application) : NULL;
}

static void
show_error (ChStartPage  *self,
            const char   *heading,
            const GError *error)
{
  ChWindow *window = get_window (self);

  if (window != NULL)
    ch_window_show_error (window, heading, error);
  else
    g_message ("%s: %s", heading, error->message);
}

static void
update_content (ChStartPage *self)
{
  gboolean empty = self->library == NULL
                   || g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "projects");
}

static void
title_entry_changed_cb (GtkEditable      *entry,
                        AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog,
                                           adw_message_dialog_get_default_response (dialog),
                                           *title != '\0');
}

/* A dialog that asks for a project's title; its default response is
 * @response, enabled once the title is not empty. */
static AdwMessageDialog *
create_title_dialog (ChStartPage *self,
                     const char  *heading,
                     const char  *response,
                     const char  *response_label,
                     const char  *title)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (get_window (self)),
                                                       heading, NULL));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Project title"),
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (title_entry_changed_cb), dialog, 0);
  title_entry_changed_cb (GTK_EDITABLE (entry), dialog);
  adw_message_dialog_set_extra_child (dialog, entry);

  return dialog;
}

static char *
dup_dialog_title (AdwMessageDialog *dialog)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
new_project_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         ChStartPage      *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;

  if (!g_str_equal (response, "create") || self->library == NULL)
    return;

  title = dup_dialog_title (dialog);
  if (*title == '\0')
    return;

  path = ch_library_create_project (self->library, title, &error);
  if (path == NULL)
    {
      show_error (self, _("Could Not Create Project"), error);
      return;
    }

  g_signal_emit (self, signals[OPEN_PROJECT], 0, path);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ChStartPage      *self)
{
  ChProjectFile *file = g_object_get_data (G_OBJECT (dialog), "ch-project-file");
  const char *path = ch_project_file_get_path (file);
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ChProject *open_project;

  if (!g_str_equal (response, "rename"))
    return;

  title = dup_dialog_title (dialog);
  if (*title == '\0' || g_strcmp0 (title, ch_project_file_get_title (file)) == 0)
    return;

  /* A project open in a window is renamed through that window's project:
   * a second one on the same file would find it locked. */
  if ((open_project = ch_project_lookup_open (path)) != NULL)
    project = g_object_ref (open_project);
  else
    project = ch_project_open (path, &error);

  if (project == NULL || !ch_project_set_title (project, title, &error))
    show_error (self, _("Could Not Rename Project"), error);

  if (open_project == NULL && project != NULL)
    ch_project_close (project);

  if (self->library != NULL)
    ch_library_reload (self->library);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ChStartPage      *self)
{
  ChProjectFile *file = g_object_get_data (G_OBJECT (dialog), "ch-project-file");
  g_autoptr(GError) error = NULL;
  ChApplication *application;
  ChWindow *window = NULL;

  if (!g_str_equal (response, "delete") || self->library == NULL)
    return;

  /* The user asked for it: a window that has the project open lets go. */
  if ((application = get_application (self)) != NULL)
    window = ch_application_find_window (application, ch_project_file_get_path (file));
  if (window != NULL)
    ch_window_close_project (window);

  if (!ch_library_delete_project (self->library, file, &error))
    show_error (self, _("Could Not Delete Project"), error);
}

static void
file_imported_cb (ChLibrary    *library,
                  GAsyncResult *result,
                  ChStartPage  *self)
{
  g_autoptr(ChStartPage) page = self;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ch_library_import_file_finish (library, result, &error);

  if (path == NULL)
    show_error (self, _("Could Not Open Project"), error);
  else
    g_signal_emit (self, signals[OPEN_PROJECT], 0, path);
}

static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ChStartPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->file_chooser);

  if (file == NULL || self->library == NULL)
    return;

  source = g_file_get_path (file);
  if (source == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Charrette can only open project files on this computer."));
      show_error (self, _("Could Not Open Project"), error);
      return;
    }

  ch_library_import_file_async (self->library, source, NULL,
                                (GAsyncReadyCallback)file_imported_cb, g_object_ref (self));
}

static void
list_view_activate_cb (ChStartPage *self,
                       guint        position,
                       GtkListView *list_view)
{
  g_autoptr(ChProjectFile) file = NULL;

  file = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (file != NULL)
    g_signal_emit (self, signals[OPEN_PROJECT], 0, ch_project_file_get_path (file));
}

/* The list first, so that Enter opens the newest project. */
static gboolean
ch_start_page_grab_focus (GtkWidget *widget)
{
  ChStartPage *self = CH_START_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "projects") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return GTK_WIDGET_CLASS (ch_start_page_parent_class)->grab_focus (widget);
}

static void
ch_start_page_dispose (GObject *object)
{
  ChStartPage *self = CH_START_PAGE (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_START_PAGE);

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_func (self->library, update_content, self);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (ch_start_page_parent_class)->dispose (object);
}

static void
ch_start_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ChStartPage *self = CH_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_start_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ChStartPage *self = CH_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      ch_start_page_set_library (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_start_page_class_init (ChStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_start_page_dispose;
  object_class->get_property = ch_start_page_get_property;
  object_class->set_property = ch_start_page_set_property;

  widget_class->grab_focus = ch_start_page_grab_focus;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         CH_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChStartPage::open-project:
   * @path: the project file to open
   *
   * The user chose a project, or made one.
   */
  signals[OPEN_PROJECT] =
    g_signal_new ("open-project",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (CH_TYPE_PROJECT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChStartPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ChStartPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChStartPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);

}

static void
ch_start_page_init (ChStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_content (self);
}

/**
 * ch_start_page_get_library:
 *
 * Returns: (transfer none) (nullable): the library listed
 */
ChLibrary *
ch_start_page_get_library (ChStartPage *self)
{
  g_return_val_if_fail (CH_IS_START_PAGE (self), NULL);

  return self->library;
}

void
ch_start_page_set_library (ChStartPage *self,
                           ChLibrary   *library)
{
  g_return_if_fail (CH_IS_START_PAGE (self));
  g_return_if_fail (library == NULL || CH_IS_LIBRARY (library));

  if (self->library == library)
    return;

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_func (self->library, update_content, self);

  g_set_object (&self->library, library);

  if (self->library != NULL)
    g_signal_connect_object (self->library, "items-changed",
                             G_CALLBACK (update_content), self, G_CONNECT_SWAPPED);

  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (library));
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/**
 * ch_start_page_new_project:
 *
 * Asks for the title of a new project, creates it in the library and
 * opens it.
 */
void
ch_start_page_new_project (ChStartPage *self)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (CH_IS_START_PAGE (self));

  dialog = create_title_dialog (self, _("New Project"), "create", _("C_reate"), "");
  adw_message_dialog_set_body (dialog, _("Name it after the workshop, so that you find it again."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_project_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ch_start_page_import_file:
 *
 * Asks for a project file, copies it into the library and opens the copy.
 */
void
ch_start_page_import_file (ChStartPage *self)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (CH_IS_START_PAGE (self));

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Open a Project File"),
                                         GTK_WINDOW (get_window (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Charrette Projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-charrette");
  gtk_file_filter_add_suffix (filter, "charrette");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (self->file_chooser);
}

/**
 * ch_start_page_add_sample:
 *
 * Adds the sample workshop to the library, to look around.
 */
void
ch_start_page_add_sample (ChStartPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ChApplication *application;
  ChWindow *window;

  g_return_if_fail (CH_IS_START_PAGE (self));

  if ((application = get_application (self)) == NULL)
    return;

  path = ch_application_add_sample (application, &error);
  if (path == NULL)
    {
      show_error (self, _("Could Not Add the Sample Workshop"), error);
      return;
    }

  if ((window = get_window (self)) != NULL)
    ch_window_add_toast (window, adw_toast_new (_("Sample workshop added")));
}

/**
 * ch_start_page_rename_project:
 * @file: a project of the library
 *
 * Asks for a new title for @file.
 */
void
ch_start_page_rename_project (ChStartPage   *self,
                              ChProjectFile *file)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (CH_IS_START_PAGE (self));
  g_return_if_fail (CH_IS_PROJECT_FILE (file));

  dialog = create_title_dialog (self, _("Rename Project"), "rename", _("_Rename"),
                                ch_project_file_get_title (file));
  g_object_set_data_full (G_OBJECT (dialog), "ch-project-file",
                          g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ch_start_page_delete_project:
 * @file: a project of the library
 *
 * Asks whether to delete @file, and deletes it.
 */
void
ch_start_page_delete_project (ChStartPage   *self,
                              ChProjectFile *file)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (CH_IS_START_PAGE (self));
  g_return_if_fail (CH_IS_PROJECT_FILE (file));

  body = g_strdup_printf (_("Delete “%s”? Its ideas and personas are deleted from this "
                            "computer."),
                          ch_project_file_get_title (file));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (get_window (self)),
                                                       _("Delete Project?"), body));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ch-project-file",
                          g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
