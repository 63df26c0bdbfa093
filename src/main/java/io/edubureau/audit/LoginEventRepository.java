package io.edubureau.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

// Deliberately a bare Repository: there is no update or delete method to call.
interface LoginEventRepository extends Repository<LoginEvent, Long> {

	LoginEvent save(LoginEvent event);

	Page<LoginEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);

	Page<LoginEvent> findByUsernameOrderByOccurredAtDesc(String username, Pageable pageable);

}
