"""What reading aloud says: the panel's words in reading order, nothing that is not shown as words."""

from kiosk.core.read_aloud import panel_script, screen_script


def test_story_reads_kicker_title_then_body_and_picture_caption():
    fields = {
        "title": "Chongqing's World Heritage site",
        "kicker": "UNESCO World Heritage, 1999",
        "body": "The steep hillsides of Dazu hold rock carvings",
        "image": {"source": "file:///x.png", "alt": "A map", "caption": "", "credit": "Map: studio", "labels": []},
        "sourceCount": 2,
    }
    assert panel_script(fields) == ("UNESCO World Heritage, 1999. Chongqing's World Heritage site. "
                                    "The steep hillsides of Dazu hold rock carvings. A map.")


def test_figures_read_number_unit_and_caption():
    fields = {"title": "In numbers", "figures": [
        {"value": 1482000, "number": "1.482", "unit": "million", "caption": "visitors"},
        {"value": 1482000, "number": "148.2", "unit": "万", "caption": "游客"},
    ]}
    assert panel_script(fields) == "In numbers. 1.482 million. visitors. 148.2万。 游客。"


def test_chinese_sentences_end_with_a_chinese_stop():
    assert screen_script("白鹤梁", "", [{"title": "大足石刻", "summary": "宋代石刻。"}]) == "白鹤梁。 大足石刻。 宋代石刻。"


def test_credits_and_label_positions_are_not_read():
    fields = {"title": "T", "image": {"source": "s", "alt": "alt", "caption": "cap", "credit": "CREDIT",
                                      "labels": [{"x": 0.5, "y": 0.5, "text": "Label"}]}}
    said = panel_script(fields)
    assert "CREDIT" not in said and "0.5" not in said and "cap" in said
