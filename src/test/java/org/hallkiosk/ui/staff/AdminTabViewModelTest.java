package org.hallkiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.config.ConfigProblem;
import org.junit.jupiter.api.Test;

/** The 管理 tab's view model without a stage: it follows the staff tools' config notice until disposed. */
class AdminTabViewModelTest {

    final SimpleObjectProperty<List<ConfigProblem>> notice = new SimpleObjectProperty<>(List.of());
    final AtomicInteger left = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final StaffTools staff = new StaffTools(null, null, null, null, null, left::incrementAndGet, notice, null);

    @Test
    void followsTheNoticeAsksBeforeLeavingAndLetsGoWhenDisposed() {
        AdminTabViewModel vm = new AdminTabViewModel(staff, closed::incrementAndGet);
        assertThat(vm.configOk()).isTrue();
        assertThat(vm.configLines()).containsExactly("配置文件没有问题，修改后会自动生效。");

        ConfigProblem problem = new ConfigProblem("kiosk.yaml", "feed.url", "不是 http(s) 地址");
        notice.set(List.of(problem));
        assertThat(vm.configOk()).isFalse();
        assertThat(vm.configLines()).containsExactly(problem.toString());

        vm.askToLeave();
        assertThat(vm.asking().get()).isTrue();
        vm.keep();
        assertThat(vm.asking().get()).isFalse();
        assertThat(left).hasValue(0);
        vm.leave();
        assertThat(left).hasValue(1);
        vm.closePanel();
        assertThat(closed).hasValue(1);

        vm.dispose(); // the tools outlive the tab: a later notice no longer reaches it
        notice.set(List.of());
        assertThat(vm.configLines()).containsExactly(problem.toString());
    }
}
