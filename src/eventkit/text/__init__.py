"""Text preparation: cleaning raw articles and finding their publication date."""
