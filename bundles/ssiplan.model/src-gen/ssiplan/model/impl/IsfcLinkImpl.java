/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.CtcConnection;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Isfc Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.IsfcLinkImpl#getMemberA <em>Member A</em>}</li>
 *   <li>{@link ssiplan.model.impl.IsfcLinkImpl#getMemberB <em>Member B</em>}</li>
 *   <li>{@link ssiplan.model.impl.IsfcLinkImpl#getCtcConnections <em>Ctc Connections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IsfcLinkImpl extends EObjectImpl implements IsfcLink {
	/**
	 * The cached value of the '{@link #getMemberA() <em>Member A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberA()
	 * @generated
	 * @ordered
	 */
	protected Member memberA;

	/**
	 * The cached value of the '{@link #getMemberB() <em>Member B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberB()
	 * @generated
	 * @ordered
	 */
	protected Member memberB;

	/**
	 * The cached value of the '{@link #getCtcConnections() <em>Ctc Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCtcConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<CtcConnection> ctcConnections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IsfcLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.ISFC_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMemberA() {
		if (memberA != null && memberA.eIsProxy()) {
			InternalEObject oldMemberA = (InternalEObject)memberA;
			memberA = (Member)eResolveProxy(oldMemberA);
			if (memberA != oldMemberA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.ISFC_LINK__MEMBER_A, oldMemberA, memberA));
			}
		}
		return memberA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMemberA() {
		return memberA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberA(Member newMemberA) {
		Member oldMemberA = memberA;
		memberA = newMemberA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.ISFC_LINK__MEMBER_A, oldMemberA, memberA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMemberB() {
		if (memberB != null && memberB.eIsProxy()) {
			InternalEObject oldMemberB = (InternalEObject)memberB;
			memberB = (Member)eResolveProxy(oldMemberB);
			if (memberB != oldMemberB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.ISFC_LINK__MEMBER_B, oldMemberB, memberB));
			}
		}
		return memberB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMemberB() {
		return memberB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberB(Member newMemberB) {
		Member oldMemberB = memberB;
		memberB = newMemberB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.ISFC_LINK__MEMBER_B, oldMemberB, memberB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CtcConnection> getCtcConnections() {
		if (ctcConnections == null) {
			ctcConnections = new EObjectContainmentEList<CtcConnection>(CtcConnection.class, this, SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS);
		}
		return ctcConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS:
				return ((InternalEList<?>)getCtcConnections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.ISFC_LINK__MEMBER_A:
				if (resolve) return getMemberA();
				return basicGetMemberA();
			case SsiplanPackage.ISFC_LINK__MEMBER_B:
				if (resolve) return getMemberB();
				return basicGetMemberB();
			case SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS:
				return getCtcConnections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.ISFC_LINK__MEMBER_A:
				setMemberA((Member)newValue);
				return;
			case SsiplanPackage.ISFC_LINK__MEMBER_B:
				setMemberB((Member)newValue);
				return;
			case SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS:
				getCtcConnections().clear();
				getCtcConnections().addAll((Collection<? extends CtcConnection>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.ISFC_LINK__MEMBER_A:
				setMemberA((Member)null);
				return;
			case SsiplanPackage.ISFC_LINK__MEMBER_B:
				setMemberB((Member)null);
				return;
			case SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS:
				getCtcConnections().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.ISFC_LINK__MEMBER_A:
				return memberA != null;
			case SsiplanPackage.ISFC_LINK__MEMBER_B:
				return memberB != null;
			case SsiplanPackage.ISFC_LINK__CTC_CONNECTIONS:
				return ctcConnections != null && !ctcConnections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //IsfcLinkImpl
