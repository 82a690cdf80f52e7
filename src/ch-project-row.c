/* ch-project-row.c: one project on the start page
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-project-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-project-row.h"
#include "ch-start-page.h"

struct _ChProjectRow
{
  AdwBin      parent_instance;

  ChProjectFile *file;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *details_label;
  GtkLabel      *problem_label;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (ChProjectRow, ch_project_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Changed today", "Changed 3 days ago", "Changed on 2 March 2026" */
static char *
format_changed (gint64 modified)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (modified);
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) then_day = NULL;
  g_autofree char *date = NULL;
  int days;

  if (then == NULL)
    return g_strdup (_("Changed at an unknown time"));

  today = g_date_time_new_local (g_date_time_get_year (now),
                                 g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  then_day = g_date_time_new_local (g_date_time_get_year (then),
                                    g_date_time_get_month (then),
                                    g_date_time_get_day_of_month (then), 0, 0, 0);
  days = (int) (g_date_time_difference (today, then_day) / G_TIME_SPAN_DAY);

  if (days <= 0)
    return g_strdup (_("Changed today"));
  if (days == 1)
    return g_strdup (_("Changed yesterday"));
  if (days < 7)
    return g_strdup_printf (ngettext ("Changed %d day ago", "Changed %d days ago", days), days);

  /* Translators: a date, see the strftime manual page */
  date = g_date_time_format (then, _("%-d %B %Y"));
  /* Translators: %s is a date like "2 March 2026" */
  return g_strdup_printf (_("Changed on %s"), date);
}

static void
update_labels (ChProjectRow *self)
{
  g_autofree char *changed = NULL;
  g_autofree char *ideas = NULL;
  g_autofree char *details = NULL;
  g_autofree char *menu_name = NULL;
  const char *problem;
  guint n_ideas;

  if (self->file == NULL)
    return;

  problem = ch_project_file_get_problem (self->file);
  n_ideas = ch_project_file_get_n_ideas (self->file);

  changed = format_changed (ch_project_file_get_modified (self->file));
  ideas = g_strdup_printf (ngettext ("%u idea", "%u ideas", n_ideas), n_ideas);
  /* Translators: "Changed today · 12 ideas" */
  details = g_strdup_printf (_("%s · %s"), changed, ideas);
  /* Translators: the name of the menu button of a project on the start page */
  menu_name = g_strdup_printf (_("Menu of “%s”"), ch_project_file_get_title (self->file));

  gtk_label_set_label (self->title_label, ch_project_file_get_title (self->file));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->problem_label, problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL && *problem != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_name,
                                  -1);
}

static void
file_changed_cb (ChProjectRow *self)
{
  update_labels (self);
}

static void
rename_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChProjectRow *self = CH_PROJECT_ROW (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, CH_TYPE_START_PAGE);

  if (page != NULL && self->file != NULL)
    ch_start_page_rename_project (CH_START_PAGE (page), self->file);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChProjectRow *self = CH_PROJECT_ROW (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, CH_TYPE_START_PAGE);

  if (page != NULL && self->file != NULL)
    ch_start_page_delete_project (CH_START_PAGE (page), self->file);
}

static void
ch_project_row_dispose (GObject *object)
{
  ChProjectRow *self = CH_PROJECT_ROW (object);

  ch_project_row_set_file (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PROJECT_ROW);

  G_OBJECT_CLASS (ch_project_row_parent_class)->dispose (object);
}

static void
ch_project_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChProjectRow *self = CH_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChProjectRow *self = CH_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      ch_project_row_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_row_class_init (ChProjectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_project_row_dispose;
  object_class->get_property = ch_project_row_get_property;
  object_class->set_property = ch_project_row_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         CH_TYPE_PROJECT_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-project-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChProjectRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectRow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectRow, menu_button);

  gtk_widget_class_install_action (widget_class, "row.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_activated);

}

static void
ch_project_row_init (ChProjectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ch_project_row_get_file:
 *
 * Returns: (transfer none) (nullable): the project this row shows
 */
ChProjectFile *
ch_project_row_get_file (ChProjectRow *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_ROW (self), NULL);

  return self->file;
}

void
ch_project_row_set_file (ChProjectRow  *self,
                         ChProjectFile *file)
{
  g_return_if_fail (CH_IS_PROJECT_ROW (self));
  g_return_if_fail (file == NULL || CH_IS_PROJECT_FILE (file));

  if (self->file == file)
    return;

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_func (self->file, file_changed_cb, self);

  g_set_object (&self->file, file);

  if (self->file != NULL)
    g_signal_connect_object (self->file, "notify", G_CALLBACK (file_changed_cb), self,
                             G_CONNECT_SWAPPED);

  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}
