/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.Cec;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.OperatorAction;
import ssiplan.model.OperatorStep;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operator Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getAtSeconds <em>At Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#isWaitForPrevious <em>Wait For Previous</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getGuest <em>Guest</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getOtherMember <em>Other Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getServiceLevel <em>Service Level</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getCec <em>Cec</em>}</li>
 *   <li>{@link ssiplan.model.impl.OperatorStepImpl#getMachineType <em>Machine Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperatorStepImpl extends EObjectImpl implements OperatorStep {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final OperatorAction ACTION_EDEFAULT = OperatorAction.RELOCATE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected OperatorAction action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtSeconds() <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double AT_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAtSeconds() <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtSeconds()
	 * @generated
	 * @ordered
	 */
	protected double atSeconds = AT_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isWaitForPrevious() <em>Wait For Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWaitForPrevious()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WAIT_FOR_PREVIOUS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWaitForPrevious() <em>Wait For Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWaitForPrevious()
	 * @generated
	 * @ordered
	 */
	protected boolean waitForPrevious = WAIT_FOR_PREVIOUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGuest() <em>Guest</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuest()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine guest;

	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Member member;

	/**
	 * The cached value of the '{@link #getOtherMember() <em>Other Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherMember()
	 * @generated
	 * @ordered
	 */
	protected Member otherMember;

	/**
	 * The default value of the '{@link #getServiceLevel() <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceLevel() <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected String serviceLevel = SERVICE_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCec() <em>Cec</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCec()
	 * @generated
	 * @ordered
	 */
	protected Cec cec;

	/**
	 * The default value of the '{@link #getMachineType() <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineType()
	 * @generated
	 * @ordered
	 */
	protected static final MachineType MACHINE_TYPE_EDEFAULT = MachineType.Z10_EC;

	/**
	 * The cached value of the '{@link #getMachineType() <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineType()
	 * @generated
	 * @ordered
	 */
	protected MachineType machineType = MACHINE_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperatorStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.OPERATOR_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatorAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(OperatorAction newAction) {
		OperatorAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAtSeconds() {
		return atSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtSeconds(double newAtSeconds) {
		double oldAtSeconds = atSeconds;
		atSeconds = newAtSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__AT_SECONDS, oldAtSeconds, atSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWaitForPrevious() {
		return waitForPrevious;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaitForPrevious(boolean newWaitForPrevious) {
		boolean oldWaitForPrevious = waitForPrevious;
		waitForPrevious = newWaitForPrevious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__WAIT_FOR_PREVIOUS, oldWaitForPrevious, waitForPrevious));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getGuest() {
		if (guest != null && guest.eIsProxy()) {
			InternalEObject oldGuest = (InternalEObject)guest;
			guest = (VirtualMachine)eResolveProxy(oldGuest);
			if (guest != oldGuest) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.OPERATOR_STEP__GUEST, oldGuest, guest));
			}
		}
		return guest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetGuest() {
		return guest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuest(VirtualMachine newGuest) {
		VirtualMachine oldGuest = guest;
		guest = newGuest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__GUEST, oldGuest, guest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Member)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.OPERATOR_STEP__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Member newMember) {
		Member oldMember = member;
		member = newMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getOtherMember() {
		if (otherMember != null && otherMember.eIsProxy()) {
			InternalEObject oldOtherMember = (InternalEObject)otherMember;
			otherMember = (Member)eResolveProxy(oldOtherMember);
			if (otherMember != oldOtherMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER, oldOtherMember, otherMember));
			}
		}
		return otherMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetOtherMember() {
		return otherMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherMember(Member newOtherMember) {
		Member oldOtherMember = otherMember;
		otherMember = newOtherMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER, oldOtherMember, otherMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceLevel() {
		return serviceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLevel(String newServiceLevel) {
		String oldServiceLevel = serviceLevel;
		serviceLevel = newServiceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__SERVICE_LEVEL, oldServiceLevel, serviceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cec getCec() {
		if (cec != null && cec.eIsProxy()) {
			InternalEObject oldCec = (InternalEObject)cec;
			cec = (Cec)eResolveProxy(oldCec);
			if (cec != oldCec) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.OPERATOR_STEP__CEC, oldCec, cec));
			}
		}
		return cec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cec basicGetCec() {
		return cec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCec(Cec newCec) {
		Cec oldCec = cec;
		cec = newCec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__CEC, oldCec, cec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineType getMachineType() {
		return machineType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineType(MachineType newMachineType) {
		MachineType oldMachineType = machineType;
		machineType = newMachineType == null ? MACHINE_TYPE_EDEFAULT : newMachineType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OPERATOR_STEP__MACHINE_TYPE, oldMachineType, machineType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.OPERATOR_STEP__ACTION:
				return getAction();
			case SsiplanPackage.OPERATOR_STEP__AT_SECONDS:
				return getAtSeconds();
			case SsiplanPackage.OPERATOR_STEP__WAIT_FOR_PREVIOUS:
				return isWaitForPrevious();
			case SsiplanPackage.OPERATOR_STEP__GUEST:
				if (resolve) return getGuest();
				return basicGetGuest();
			case SsiplanPackage.OPERATOR_STEP__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
			case SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER:
				if (resolve) return getOtherMember();
				return basicGetOtherMember();
			case SsiplanPackage.OPERATOR_STEP__SERVICE_LEVEL:
				return getServiceLevel();
			case SsiplanPackage.OPERATOR_STEP__CEC:
				if (resolve) return getCec();
				return basicGetCec();
			case SsiplanPackage.OPERATOR_STEP__MACHINE_TYPE:
				return getMachineType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.OPERATOR_STEP__ACTION:
				setAction((OperatorAction)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__AT_SECONDS:
				setAtSeconds((Double)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__WAIT_FOR_PREVIOUS:
				setWaitForPrevious((Boolean)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__GUEST:
				setGuest((VirtualMachine)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__MEMBER:
				setMember((Member)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER:
				setOtherMember((Member)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__SERVICE_LEVEL:
				setServiceLevel((String)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__CEC:
				setCec((Cec)newValue);
				return;
			case SsiplanPackage.OPERATOR_STEP__MACHINE_TYPE:
				setMachineType((MachineType)newValue);
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
			case SsiplanPackage.OPERATOR_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SsiplanPackage.OPERATOR_STEP__AT_SECONDS:
				setAtSeconds(AT_SECONDS_EDEFAULT);
				return;
			case SsiplanPackage.OPERATOR_STEP__WAIT_FOR_PREVIOUS:
				setWaitForPrevious(WAIT_FOR_PREVIOUS_EDEFAULT);
				return;
			case SsiplanPackage.OPERATOR_STEP__GUEST:
				setGuest((VirtualMachine)null);
				return;
			case SsiplanPackage.OPERATOR_STEP__MEMBER:
				setMember((Member)null);
				return;
			case SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER:
				setOtherMember((Member)null);
				return;
			case SsiplanPackage.OPERATOR_STEP__SERVICE_LEVEL:
				setServiceLevel(SERVICE_LEVEL_EDEFAULT);
				return;
			case SsiplanPackage.OPERATOR_STEP__CEC:
				setCec((Cec)null);
				return;
			case SsiplanPackage.OPERATOR_STEP__MACHINE_TYPE:
				setMachineType(MACHINE_TYPE_EDEFAULT);
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
			case SsiplanPackage.OPERATOR_STEP__ACTION:
				return action != ACTION_EDEFAULT;
			case SsiplanPackage.OPERATOR_STEP__AT_SECONDS:
				return atSeconds != AT_SECONDS_EDEFAULT;
			case SsiplanPackage.OPERATOR_STEP__WAIT_FOR_PREVIOUS:
				return waitForPrevious != WAIT_FOR_PREVIOUS_EDEFAULT;
			case SsiplanPackage.OPERATOR_STEP__GUEST:
				return guest != null;
			case SsiplanPackage.OPERATOR_STEP__MEMBER:
				return member != null;
			case SsiplanPackage.OPERATOR_STEP__OTHER_MEMBER:
				return otherMember != null;
			case SsiplanPackage.OPERATOR_STEP__SERVICE_LEVEL:
				return SERVICE_LEVEL_EDEFAULT == null ? serviceLevel != null : !SERVICE_LEVEL_EDEFAULT.equals(serviceLevel);
			case SsiplanPackage.OPERATOR_STEP__CEC:
				return cec != null;
			case SsiplanPackage.OPERATOR_STEP__MACHINE_TYPE:
				return machineType != MACHINE_TYPE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (action: ");
		result.append(action);
		result.append(", atSeconds: ");
		result.append(atSeconds);
		result.append(", waitForPrevious: ");
		result.append(waitForPrevious);
		result.append(", serviceLevel: ");
		result.append(serviceLevel);
		result.append(", machineType: ");
		result.append(machineType);
		result.append(')');
		return result.toString();
	}

} //OperatorStepImpl
